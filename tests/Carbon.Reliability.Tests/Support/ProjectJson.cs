using System.Globalization;
using System.Text;
using Carbon.Reports;

namespace Carbon.Reliability.Tests.Support;

/// <summary>Small project files for tests, with numbers written culture-invariantly at full precision.</summary>
internal static class ProjectJson
{
    public const string DefaultOptions = "\"gwpSet\": \"AR5\", \"electricityFactor\": { \"series\": \"mee-nbs\", \"year\": 2023 }";

    /// <summary>A valid project with the given array items (JSON) and options members.</summary>
    public static string With(string energy = "", string activities = "", string products = "", string options = DefaultOptions) => $$"""
        {
          "schemaVersion": "1",
          "id": "prop",
          "name": { "zh": "性质测试", "en": "Property test" },
          "nature": "new",
          "reportingYear": 2024,
          "reviewDate": "2025-10-15",
          "products": [{{products}}],
          "energy": [{{energy}}],
          "activities": [{{activities}}],
          "options": { {{options}} }
        }
        """;

    /// <summary>The shortest text that reads back to the same double.</summary>
    public static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static AssessmentReport Assess(this ICarbonEngine engine, string json) => engine.Assess(Encoding.UTF8.GetBytes(json));

    /// <summary>Asserts no error and returns the report (so that a property fails with the diagnostics, not a null reference).</summary>
    public static AssessmentReport Valid(this AssessmentReport report)
    {
        if (report.HasErrors)
        {
            throw new InvalidOperationException("Unexpected errors: " + string.Join("; ", report.Diagnostics.Where(d => d.Severity == "error").Select(d => $"{d.Code} {d.Path} {d.Message.En}")));
        }

        return report;
    }
}
