using Carbon.Reports;

namespace Carbon.Reporting.Tests;

public class ErrorReportTests
{
    [Fact]
    public void Markdown_of_an_invalid_project_says_nothing_was_computed_and_lists_each_error()
    {
        var report = Samples.Invalid();
        var md = MarkdownReportRenderer.Render(report, new ReportRenderOptions { Language = ReportLanguage.Zh, Explain = true });

        md.Should().Contain("> [!CAUTION]\n> 项目文件有 ");
        md.Should().Contain("处错误，未计算任何数值。");
        md.Should().Contain("\n## 诊断\n").And.NotContain("## 能源消费").And.NotContain("## 温室气体排放");
        var rows = MarkdownTables.Rows(md);
        foreach (var d in report.Diagnostics.Where(d => d.Severity == "error"))
        {
            rows.Should().Contain(r => r.Count == 4 && r[0] == "错误" && r[1] == d.Code && r[2] == (d.Path.Length == 0 ? "/" : d.Path) && r[3] == d.Message.Zh);
        }

        // Errors are listed before anything else.
        rows.SkipWhile(r => r[0] != "级别").Skip(1).First()[0].Should().Be("错误");
    }

    [Fact]
    public void Html_of_an_invalid_project_is_a_clear_page_of_diagnostics()
    {
        var report = Samples.Invalid();
        var doc = HtmlDocument.Parse(HtmlReportRenderer.Render(report, new ReportRenderOptions { Language = ReportLanguage.En }));

        var callout = doc.Descendants("p").Single(p => (string?)p.Attribute("class") == "callout error");
        callout.Value.Should().StartWith("The project file has ").And.Contain("nothing was computed");
        doc.Descendants("section").Select(s => (string)s.Attribute("id")!).Should().NotContain(["energy", "emissions"]).And.Contain("diagnostics");
        doc.Descendants("svg").Should().BeEmpty();
        var codes = doc.Descendants("section").Single(s => (string?)s.Attribute("id") == "diagnostics").Descendants("td").Select(td => td.Value).ToList();
        codes.Should().Contain(report.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Code));
    }

    [Fact]
    public void A_report_without_a_project_still_renders_with_a_generic_title()
    {
        var report = new AssessmentReport
        {
            EngineVersion = "0.1.0",
            Diagnostics = [new DiagnosticReport("CB0001", "error", "", new MessageReport("文件不是有效的 JSON。", "The file is not valid JSON."))],
        };

        var md = MarkdownReportRenderer.Render(report);
        md.Should().StartWith("# 碳排放与能耗评估报告\n");
        MarkdownTables.Row(md, "错误").Should().Equal("错误", "CB0001", "/", "文件不是有效的 JSON。");

        var doc = HtmlDocument.Parse(HtmlReportRenderer.Render(report, new ReportRenderOptions { Language = ReportLanguage.En }));
        doc.Descendants("h1").Single().Value.Should().Be("Carbon and energy assessment report");
    }

    [Fact]
    public void An_empty_report_renders_without_sections()
    {
        var report = new AssessmentReport { EngineVersion = "0.1.0" };

        var md = MarkdownReportRenderer.Render(report, new ReportRenderOptions { Language = ReportLanguage.En });
        md.Should().NotContain("\n## ");
        HtmlDocument.Parse(HtmlReportRenderer.Render(report)).Descendants("section").Should().BeEmpty();
    }
}
