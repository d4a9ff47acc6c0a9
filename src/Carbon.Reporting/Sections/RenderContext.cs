using System.Text.Json;
using Carbon.Reporting.Resources;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>One rendering: the report, the options, and helpers for wording. Not shared between renderings.</summary>
internal sealed class RenderContext(AssessmentReport report, ReportRenderOptions options)
{
    private JsonElement? _json;

    public AssessmentReport Report { get; } = report;

    public ReportLanguage Language { get; } = options.Language;

    public bool Explain { get; } = options.Explain;

    public bool IsZh => Language == ReportLanguage.Zh;

    /// <summary>
    /// The report as JSON (<see cref="ReportJson"/>), for the parts rendered generically by member name (baselines,
    /// review, zoning until they get their own sections). Serialised once per rendering.
    /// </summary>
    public JsonElement Json
    {
        get
        {
            if (_json is null)
            {
                using var doc = JsonDocument.Parse(ReportJson.SerializeToUtf8Bytes(Report));
                _json = doc.RootElement.Clone();
            }

            return _json.Value;
        }
    }

    /// <summary>The text of a resource key in the report's language (Resources/Strings.*.resx).</summary>
    public string T(string key) => ReportStrings.Get(key, Language);

    /// <summary>The text of a resource key with its placeholders filled in, formatted invariantly.</summary>
    public string F(string key, params object?[] args) => ReportStrings.Format(key, Language, args);

    public string Text(MessageReport message) => ReportLabels.Text(message, Language);

    /// <summary>A colon in the language's style, after a label.</summary>
    public string Colon => T("Punct.Colon");
}
