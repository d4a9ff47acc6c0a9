using Carbon.Reports;

namespace Carbon.Reporting.Tests;

public class ReportLabelsTests
{
    public static TheoryData<string, string> KnownCodes() => new()
    {
        { "status", "confirmed" }, { "status", "single-source" }, { "status", "derived" }, { "status", "unconfirmed" }, { "status", "project-supplied" },
        { "source", "fuel-combustion" }, { "source", "process" }, { "source", "alternative-fuel" }, { "source", "purchased-electricity" }, { "source", "purchased-heat" },
        { "source", "exported-electricity" }, { "source", "exported-heat" }, { "source", "on-site-generation" }, { "source", "enteric-fermentation" }, { "source", "manure-management" },
        { "basis", "comprehensive-energy" }, { "basis", "fossil-energy" }, { "basis", "electricity" },
        { "severity", "error" }, { "severity", "warning" }, { "severity", "info" },
        { "nature", "new" }, { "nature", "rebuild" }, { "nature", "expansion" }, { "nature", "technical-upgrade" }, { "nature", "relocation" },
        { "origin", "project" }, { "origin", "default" }, { "origin", "derived" }, { "origin", "constant" },
        { "verdict", "prohibited" }, { "verdict", "conditional" }, { "verdict", "allowed" }, { "verdict", "needs-information" },
        { "tier", "provincial" }, { "tier", "delegated" }, { "tier", "exempt" }, { "tier", "national" }, { "tier", "report" }, { "tier", "report-form" }, { "tier", "registration-form" },
        { "outcome", "pass" }, { "outcome", "fail" }, { "outcome", "not-applicable" }, { "outcome", "needs-information" }, { "outcome", "manual-review" },
        { "kind", "fossil" }, { "kind", "renewable" }, { "kind", "secondary" }, { "kind", "feedstock" },
    };

    [Theory]
    [MemberData(nameof(KnownCodes))]
    public void Known_codes_have_a_chinese_and_an_english_label(string table, string code)
    {
        var zh = Label(table, code, ReportLanguage.Zh);
        var en = Label(table, code, ReportLanguage.En);

        zh.Should().NotBeNullOrWhiteSpace().And.NotBe(en);
        zh.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", "the Chinese label is Chinese");
        en.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("source")]
    [InlineData("basis")]
    [InlineData("nature")]
    [InlineData("origin")]
    [InlineData("verdict")]
    [InlineData("tier")]
    [InlineData("outcome")]
    [InlineData("kind")]
    public void Unknown_codes_are_shown_as_they_are(string table) =>
        Label(table, "some-new-code", ReportLanguage.Zh).Should().Be("some-new-code");

    [Fact]
    public void Unknown_severity_reads_as_info() => ReportLabels.Severity("debug", ReportLanguage.En).Should().Be("info");

    [Fact]
    public void Text_picks_the_language_and_falls_back_when_empty()
    {
        var m = new MessageReport("中文", "English");
        ReportLabels.Text(m, ReportLanguage.Zh).Should().Be("中文");
        ReportLabels.Text(m, ReportLanguage.En).Should().Be("English");
        ReportLabels.Text(new MessageReport("", "English only"), ReportLanguage.Zh).Should().Be("English only");
        ReportLabels.Text(new MessageReport("只有中文", ""), ReportLanguage.En).Should().Be("只有中文");
        ReportLabels.Pick("是", "yes", ReportLanguage.En).Should().Be("yes");
    }

    private static string Label(string table, string code, ReportLanguage l) => table switch
    {
        "status" => ReportLabels.Status(code, l),
        "source" => ReportLabels.Source(code, l),
        "basis" => ReportLabels.Basis(code, l),
        "severity" => ReportLabels.Severity(code, l),
        "nature" => ReportLabels.Nature(code, l),
        "origin" => ReportLabels.Origin(code, l),
        "verdict" => ReportLabels.Verdict(code, l),
        "tier" => ReportLabels.Tier(code, l),
        "outcome" => ReportLabels.Outcome(code, l),
        _ => ReportLabels.EnergyKind(code, l),
    };
}
