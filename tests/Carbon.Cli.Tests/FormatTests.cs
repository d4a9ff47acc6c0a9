using System.Xml.Linq;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

/// <summary>Every sample in every format and both languages through the real executable, checking content rather than exit codes only.</summary>
public class FormatTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "docs", "samples"), "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var format in new[] { "table", "json", "md", "html" })
            {
                foreach (var lang in new[] { "zh", "en" })
                {
                    data.Add(Path.GetFileName(file), format, lang);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_in_format_and_language_through_the_process(string sample, string format, string lang)
    {
        var (exit, output, error) = CliProcess.Run("assess", Path.Combine("docs", "samples", sample), "--format", format, "--lang", lang);
        error.Should().BeEmpty();
        exit.Should().BeOneOf(0, 1);
        switch (format)
        {
            case "json":
                output.Should().Contain("\"equivalentTce\"");
                break;
            case "md":
                output.Should().StartWith("#");
                output.Should().Contain(lang == "zh" ? "综合能耗" : "Comprehensive energy");
                break;
            case "html":
                output.Should().StartWith("<!DOCTYPE html>");
                output.Should().Contain($"lang=\"{(lang == "zh" ? "zh-CN" : "en")}\"");
                output.Should().Contain("<svg");
                output.Should().NotContainAny(["src=\"http", "href=\"http", "url(http", "@import"], "the page loads no external assets");
                break;
            default:
                output.Should().Contain(lang == "zh" ? "能源消费（GB/T 2589）" : "Energy use (GB/T 2589)");
                break;
        }
    }

    [Fact]
    public void Html_charts_are_well_formed_svg_with_sizes()
    {
        var (_, html, _) = CliRunner.Run("assess", Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "cement-clinker-5000tpd.json"), "--format", "html", "--lang", "zh");
        var svgs = 0;
        var start = 0;
        while ((start = html.IndexOf("<svg", start, StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
            var svg = XElement.Parse(html[start..end]);
            double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
            double.Parse(svg.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
            svgs++;
            start = end;
        }

        svgs.Should().BeGreaterThanOrEqualTo(3, "energy structure, emissions by source and by gas at least");
    }

    [Fact]
    public void Markdown_rounds_per_gbt_8170_and_matches_the_json()
    {
        var sample = Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "cement-clinker-5000tpd.json");
        var md = CliRunner.Run("assess", sample, "--format", "md", "--lang", "en").Out;
        // Coal 21万 t × 0.7143 kgce/kg = 210 000 × 0.7143 = 150 003 tce → "150,003.00".
        md.Should().Contain("150,003.00");
        var json = CliRunner.Run("assess", sample, "--format", "json").Out;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var co2e = doc.RootElement.GetProperty("emissions").GetProperty("totals").GetProperty("co2eTonnes").GetDouble();
        md.Should().Contain(Carbon.Reporting.Gbt8170.Format(co2e, 2));
    }
}
