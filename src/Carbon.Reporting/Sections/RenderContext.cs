using System.Text.Json;
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

    public string T(string zh, string en) => ReportLabels.Pick(zh, en, Language);

    public string Text(MessageReport message) => ReportLabels.Text(message, Language);

    /// <summary>A colon in the language's style, after a label.</summary>
    public string Colon => IsZh ? "：" : ": ";
}
