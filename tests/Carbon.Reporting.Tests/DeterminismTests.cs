using System.Globalization;

namespace Carbon.Reporting.Tests;

public class DeterminismTests
{
    public static TheoryData<string, ReportFormat, ReportLanguage> Cases()
    {
        var data = new TheoryData<string, ReportFormat, ReportLanguage>();
        foreach (var culture in (string[])["de-DE", "tr-TR", "zh-CN", "ar-SA", "fr-FR"])
        {
            foreach (var format in (ReportFormat[])[ReportFormat.Markdown, ReportFormat.Html])
            {
                data.Add(culture, format, ReportLanguage.Zh);
                data.Add(culture, format, ReportLanguage.En);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_is_byte_identical_under_any_current_culture(string culture, ReportFormat format, ReportLanguage language)
    {
        var options = new ReportRenderOptions { Language = language, Explain = true };
        var expected = Samples.InCulture("en-US", () => ReportRenderer.Render(Samples.Cement, format, options));

        Samples.InCulture(culture, () => ReportRenderer.Render(Samples.Cement, format, options)).Should().Be(expected);
    }

    [Fact]
    public void Concurrent_renderings_give_the_same_text()
    {
        var options = new ReportRenderOptions { Explain = true };
        var expected = HtmlReportRenderer.Render(Samples.Cement, options);

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = HtmlReportRenderer.Render(Samples.Cement, options));

        results.Should().AllBe(expected);
    }

    [Fact]
    public void A_report_read_back_from_json_renders_the_same()
    {
        // Tools render reports they read back (ReportJson.Deserialize); numbers round-trip exactly, so the text must too.
        var again = Carbon.Reports.ReportJson.Deserialize(Carbon.Reports.ReportJson.Serialize(Samples.Cement));
        var options = new ReportRenderOptions { Language = ReportLanguage.En, Explain = true };

        MarkdownReportRenderer.Render(again, options).Should().Be(MarkdownReportRenderer.Render(Samples.Cement, options));
        HtmlReportRenderer.Render(again, options).Should().Be(HtmlReportRenderer.Render(Samples.Cement, options));
        CultureInfo.CurrentCulture.Should().NotBeNull();
    }
}
