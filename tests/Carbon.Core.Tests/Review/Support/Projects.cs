using System.Globalization;

namespace Carbon.Core.Tests.Review.Support;

/// <summary>
/// Builds project files for the review tests. Exact standard-coal amounts come from a fuel line with a measured NCV of
/// 29.307 GJ/t: GB/T 2589 converts by calorific value at 29 307 kJ/kgce (gbt2589.standard-coal.calorific-value), so
/// such a line gives exactly one tce per tonne (energy.md §2.1).
/// </summary>
internal static class Projects
{
    /// <summary>An energy line of <paramref name="tonnes"/> t diesel at NCV 29.307 GJ/t: <paramref name="tonnes"/> tce, no coal.</summary>
    public static string Tce(double tonnes) =>
        $$"""{ "carrier": "diesel", "amount": "{{N(tonnes)}} t", "ncv": "29.307 GJ/t" }""";

    /// <summary>A raw-coal line at a given NCV (GJ/t): tce = t × NCV ÷ 29.307.</summary>
    public static string Coal(double tonnes, double ncv) =>
        $$"""{ "carrier": "coal.raw", "amount": "{{N(tonnes)}} t", "ncv": "{{N(ncv)}} GJ/t" }""";

    /// <summary>A grid-electricity line: kWh × 0.1229 kgce/kWh (GB/T 2589 当量值, energy.md §2.2 [C]).</summary>
    public static string Kwh(double kwh) =>
        $$"""{ "carrier": "electricity", "amount": "{{N(kwh)}} kWh" }""";

    public static string Project(string reviewDate, string nature, IEnumerable<string> energy, string extra = "")
    {
        var date = reviewDate.Length == 0 ? string.Empty : $"\"reviewDate\": \"{reviewDate}\",";
        return $$"""
        {
          "schemaVersion": "1",
          "id": "review-test",
          "name": { "zh": "节能审查测试项目", "en": "review test project" },
          "nature": "{{nature}}",
          {{date}}
          "reportingYear": 2024,
          "options": { "gwpSet": "AR5", "electricityFactor": { "series": "mee-nbs", "year": 2023 } },
          "energy": [ {{string.Join(", ", energy)}} ]{{(extra.Length == 0 ? string.Empty : ", " + extra)}}
        }
        """;
    }

    public static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
