using System.Globalization;
using System.Text;
using Carbon.Projects;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Issue 12 (limits review after F7): within the member limit (50 000), a hostile file could still make one diagnostic
/// per member — 49 600 unknown activity parameters gave 49 600 CB1303 warnings, each listing the kind's parameters, a
/// 39 MB report. A report now lists at most <see cref="ProjectReaderLimits.MaxDiagnosticsPerCode"/> (100) diagnostics of
/// one code, then one CB1027 that says how many more there were (docs/security.md §2).
/// </summary>
[Collection(HeavyTests.Name)]
public class RepeatedDiagnosticsTests
{
    private const string Head = """{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,""";

    /// <summary>A valid clinker line (china-2013 needs CaO and MgO) with <paramref name="unknown"/> unknown parameters.</summary>
    private static byte[] UnknownParameters(int unknown) => Encoding.UTF8.GetBytes(
        Head + "\"activities\":[{\"kind\":\"cement.clinker\",\"amount\":\"155万 t\",\"parameters\":{\"caoFraction\":\"65 %\",\"mgoFraction\":\"2 %\","
        + string.Join(",", Enumerable.Range(0, unknown).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"p{i}\":1"))) + "}}]}");

    [Fact]
    public void Forty_nine_thousand_unknown_parameters_give_100_warnings_and_a_count()
    {
        // 49 000 unknown members + 2 parameters + the file's other 13 members < 50 000 (the member limit, CB1026).
        var report = Engines.Shared.Assess(UnknownParameters(49_000));
        var bytes = ReportJson.SerializeToUtf8Bytes(report);

        report.HasErrors.Should().BeFalse("unknown parameters are warnings: the line is assessed");
        var unknown = report.Diagnostics.Where(d => d.Code == "CB1303").ToList();
        unknown.Should().HaveCount(100);
        unknown[0].Path.Should().Be("/activities/0/parameters/p0");
        unknown[99].Path.Should().Be("/activities/0/parameters/p99");

        // 49 000 − 100 listed = 48 900 more; the first not listed is p100. It follows the 100th CB1303.
        var summary = report.Diagnostics.Should().ContainSingle(d => d.Code == "CB1027").Which;
        (summary.Severity, summary.Path).Should().Be(("warning", "/activities/0/parameters/p100"));
        summary.Message.En.Should().Be("48900 more CB1303 diagnostics are not listed (at most 100 per code; the first not listed is at /activities/0/parameters/p100). Fix the ones listed above first.");
        summary.Message.Zh.Should().Contain("另有 48900 条 CB1303 诊断未列出");
        report.Diagnostics.ToList().IndexOf(summary).Should().Be(report.Diagnostics.ToList().IndexOf(unknown[99]) + 1);

        // Each CB1303 is ~1.3 kB (it lists the kind's parameters in both languages); 100 of them and the assessment of
        // one line stay far below 1 MB, where 49 000 made ~39 MB.
        bytes.Length.Should().BeLessThan(1_000_000);
    }

    [Fact]
    public void The_cap_is_configured_with_the_other_limits()
    {
        var engine = Engines.Create(o => o.Limits = ProjectReaderLimits.Default with { MaxDiagnosticsPerCode = 3 });

        var report = engine.Assess(UnknownParameters(10));

        report.Diagnostics.Where(d => d.Code == "CB1303").Select(d => d.Path).Should().Equal(
            "/activities/0/parameters/p0", "/activities/0/parameters/p1", "/activities/0/parameters/p2");
        // 10 − 3 = 7 more.
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB1027").Which.Message.En.Should().StartWith("7 more CB1303 diagnostics");
    }

    [Fact]
    public void Capped_errors_stay_errors()
    {
        // 300 bad fact keys (CB1023, errors): 100 listed, then a CB1027 error for the 200 others; no numbers.
        var facts = string.Join(",", Enumerable.Range(0, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"Bad{i}\":1")));

        var report = Engines.Shared.Assess(Encoding.UTF8.GetBytes(Head + "\"facts\":{" + facts + "}}"));

        report.HasErrors.Should().BeTrue();
        report.Emissions.Should().BeNull();
        report.Diagnostics.Count(d => d.Code == "CB1023").Should().Be(100);
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB1027").Which.Should().Match<DiagnosticReport>(d =>
            d.Severity == "error" && d.Path == "/facts/Bad100" && d.Message.En.StartsWith("200 more CB1023", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hundred_of_a_code_are_all_listed_without_a_count()
    {
        var report = Engines.Shared.Assess(UnknownParameters(100));

        report.Diagnostics.Count(d => d.Code == "CB1303").Should().Be(100);
        report.Diagnostics.Should().NotContain(d => d.Code == "CB1027");
    }
}
