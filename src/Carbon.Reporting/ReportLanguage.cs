namespace Carbon.Reporting;

/// <summary>The language of a human-readable report.</summary>
public enum ReportLanguage
{
    /// <summary>Simplified Chinese (zh-CN), the language of review opinions (审查意见).</summary>
    Zh = 0,

    /// <summary>English.</summary>
    En = 1,
}
