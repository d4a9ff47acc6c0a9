using Carbon.Core.Tests.Review.Support;
using Carbon.Reports;

namespace Carbon.Core.Tests.Baselines;

/// <summary>Project files for the baseline tests and a shortcut to assess them against test-supplied tables.</summary>
internal static class BaselineTestProjects
{
    public static string Project(string products, string energy, string facts = "", string reviewDate = "2024-03-01") => $$"""
        {
          "schemaVersion": "1",
          "id": "baseline-test",
          "name": { "zh": "能效对标测试", "en": "baseline test" },
          "nature": "new",
          "reviewDate": "{{reviewDate}}",
          "reportingYear": 2024,
          "options": { "gwpSet": "AR5", "electricityFactor": { "series": "mee-nbs", "year": 2023 } },
          "products": [ {{products}} ],
          "energy": [ {{energy}} ]{{(facts.Length == 0 ? string.Empty : ", \"facts\": { " + facts + " }")}}
        }
        """;

    /// <summary>
    /// A clinker line: 100万 t clinker; 14万 t raw coal × 0.7143 kgce/kg = 100 002 tce; 4000万 kWh × 0.1229 kgce/kWh
    /// = 4 916 tce (GB/T 2589 当量值, energy.md §2.2). Total 104 918 tce → 104 918 × 1000 ÷ 1 000 000 = 104.918 kgce/t.
    /// </summary>
    public static string ClinkerLine(double coalTonnes = 140000, string facts = "") => Project(
        """{ "product": "cement.clinker", "output": "100万 t" }""",
        $$"""{ "carrier": "coal.raw", "amount": "{{Carbon.Core.Tests.Review.Support.Projects.N(coalTonnes)}} t" }, { "carrier": "electricity", "amount": "4000万 kWh" }""",
        facts);

    public static AssessmentReport Assess(string json, params string[] tables)
    {
        var report = TestEngine.Assess(json, [.. tables.Select(TestEngine.DataSet)]);
        report.HasErrors.Should().BeFalse(string.Join("; ", report.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
        return report;
    }

    public static BaselineReport Baseline(this AssessmentReport report, string table, string indicator) =>
        report.Baselines.Single(b => b.Table == table && b.Indicator == indicator);

    public static BaselineLevelReport Level(this BaselineReport baseline, string level) => baseline.Levels.Single(l => l.Level == level);
}
