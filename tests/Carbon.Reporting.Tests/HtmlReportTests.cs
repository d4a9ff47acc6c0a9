using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Carbon.Reporting.Tests;

public partial class HtmlReportTests
{
    private static readonly ReportRenderOptions Zh = new() { Language = ReportLanguage.Zh };
    private static readonly ReportRenderOptions En = new() { Language = ReportLanguage.En };

    [Theory]
    [InlineData(ReportLanguage.Zh, "zh-CN")]
    [InlineData(ReportLanguage.En, "en")]
    public void Page_is_well_formed_and_declares_its_language(ReportLanguage language, string lang)
    {
        var html = HtmlReportRenderer.Render(Samples.Cement, new ReportRenderOptions { Language = language, Explain = true });

        var doc = HtmlDocument.Parse(html);
        doc.Root!.Name.LocalName.Should().Be("html");
        doc.Root.Attribute("lang")!.Value.Should().Be(lang);
        doc.Descendants("meta").Should().Contain(m => (string?)m.Attribute("charset") == "utf-8");
        doc.Descendants("title").First().Value.Should().Be(language == ReportLanguage.Zh ? "示例：5000 t/d 新型干法水泥熟料生产线（配套余热发电）" : "Sample: 5000 t/d new dry-process cement clinker line with waste-heat power generation");
    }

    [Fact]
    public void Page_is_self_contained()
    {
        var html = HtmlReportRenderer.Render(Samples.Cement, Zh with { Explain = true });

        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("<img").And.NotContain("<iframe")
            .And.NotContain("@import").And.NotContain("url(");
        var doc = HtmlDocument.Parse(html);
        doc.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href" or "action" or "data")
            .Should().BeEmpty("the page loads nothing and links nowhere");
        doc.Descendants().Attributes().Where(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)).Should().BeEmpty();
        // Besides the SVG namespace name (never fetched), the only URLs are citations printed as text: each is in the report data.
        var json = Carbon.Reports.ReportJson.Serialize(Samples.Cement);
        AbsoluteUrl().Matches(html).Select(m => m.Value.TrimEnd(')', '.', ',')).Distinct()
            .Where(u => u != "http://www.w3.org/2000/svg")
            .Should().OnlyContain(u => json.Contains(u, StringComparison.Ordinal), "a URL in the page is a cited source shown as text");
        doc.Descendants("meta").Should().Contain(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy" && ((string)m.Attribute("content")!).StartsWith("default-src 'none'", StringComparison.Ordinal));
    }

    [Fact]
    public void Style_sheet_is_printable_and_names_cjk_fonts()
    {
        var html = HtmlReportRenderer.Render(Samples.Cement, Zh);
        var css = HtmlDocument.Parse(html).Descendants("style").Single().Value;

        css.Should().Contain("@media print").And.Contain("@page");
        foreach (var font in (string[])["\"Noto Sans CJK SC\"", "\"Source Han Sans SC\"", "\"Microsoft YaHei\"", "\"PingFang SC\"", "sans-serif"])
        {
            css.Should().Contain(font);
        }
    }

    [Fact]
    public void Hand_worked_figures_appear_in_the_tables()
    {
        var doc = HtmlDocument.Parse(HtmlReportRenderer.Render(Samples.Cement, Zh));
        var rows = doc.Descendants("tr").Select(tr => tr.Elements().Select(td => td.Value).ToList()).ToList();

        // 210 000 t × 0.7143 kgce/kg = 150 003 tce (GB/T 2589-2008 Annex A).
        rows.Should().Contain(r => r[0] == "原煤" && r[4] == "150,003.00");
        // 150 003 + 1 748.52 + 4 424.40 = 156 175.92 tce.
        rows.Should().Contain(r => r[0] == "综合能耗（当量值）" && r[1] == "156,175.92");
        // 1 235 225.669 t CO2e (see MarkdownReportTests for the sum).
        rows.Should().Contain(r => r[0] == "CO2e" && r[1] == "1,235,225.67");
        doc.Descendants("td").Where(td => (string?)td.Attribute("class") == "num").Should().NotBeEmpty();
        doc.Descendants("tr").Where(tr => (string?)tr.Attribute("class") == "total").Should().HaveCount(2);
    }

    [Fact]
    public void Key_figures_head_the_page()
    {
        var doc = HtmlDocument.Parse(HtmlReportRenderer.Render(Samples.Cement, En));
        var figures = doc.Descendants("div").Where(d => (string?)d.Attribute("class") == "figure")
            .Select(d => d.Elements().First().Value + " = " + d.Elements().Last().Value).ToList();

        figures.Should().Contain("Comprehensive energy (equivalent value) = 156,175.92tce")
            .And.Contain("Greenhouse-gas emissions (AR5) = 1,235,225.67t CO2e")
            .And.Contain("Carbon intensity · cement.clinker = 0.7969tCO2e/t");
    }

    [Fact]
    public void Traces_are_collapsible_details_when_explaining()
    {
        var doc = HtmlDocument.Parse(HtmlReportRenderer.Render(Samples.Cement, Zh with { Explain = true }));
        var details = doc.Descendants("details").ToList();

        // 4 energy lines + 5 unit consumptions + 6 emission lines + 1 intensity + 1 indicator.
        details.Should().HaveCount(17);
        var coal = details.Single(d => d.Element("summary")!.Value == "/energy/0 原煤 → 150,003.00 tce");
        coal.Descendants("li").Select(li => li.Nodes().OfType<XText>().First().Value).Should()
            .Contain("公式：Q × k").And.Contain("Q = 210000 t（项目，/energy/0/amount）");

        HtmlDocument.Parse(HtmlReportRenderer.Render(Samples.Cement, Zh)).Descendants("details").Should().BeEmpty();
    }

    [Fact]
    public void Charts_are_well_formed_accessible_svg_with_explicit_size()
    {
        var html = HtmlReportRenderer.Render(Samples.Cement, En);
        var svgs = HtmlDocument.SvgFragments(html);

        svgs.Should().HaveCount(3, "energy structure, emissions by source, emissions by gas");
        var ids = new HashSet<string>();
        foreach (var svg in svgs)
        {
            svg.Name.Should().Be(HtmlDocument.Svg + "svg");
            var (w, h) = ((string)svg.Attribute("width")!, (string)svg.Attribute("height")!);
            svg.Attribute("viewBox")!.Value.Should().Be($"0 0 {w} {h}");
            svg.Attribute("role")!.Value.Should().Be("img");
            var title = svg.Element(HtmlDocument.Svg + "title")!;
            var desc = svg.Element(HtmlDocument.Svg + "desc")!;
            title.Value.Should().NotBeEmpty();
            desc.Value.Should().NotBeEmpty();
            svg.Attribute("aria-labelledby")!.Value.Should().Be(title.Attribute("id")!.Value + " " + desc.Attribute("id")!.Value);
            ids.Add(title.Attribute("id")!.Value).Should().BeTrue("ids are unique in the page");
            svg.Attribute("font-family")!.Value.Should().StartWith("Noto Sans CJK SC");

            // Coordinates are invariant with one decimal: no comma decimals, no exponent, no "-0.0".
            foreach (var a in svg.Descendants().Attributes().Where(a => a.Name.LocalName is "x" or "y" or "width" or "height" or "x1" or "x2" or "y1" or "y2" or "cx" or "cy" or "r"))
            {
                a.Value.Should().MatchRegex(@"^-?\d+\.\d$").And.NotBe("-0.0");
            }
        }

        svgs[0].Element(HtmlDocument.Svg + "title")!.Value.Should().Be("Energy structure (equivalent value)");
        svgs[0].Element(HtmlDocument.Svg + "desc")!.Value.Should().Contain("fossil energy 151,751.52 tce (97.2%)");
        svgs[1].Element(HtmlDocument.Svg + "title")!.Value.Should().Be("Emissions by source (t CO2e)");
        svgs[1].Descendants(HtmlDocument.Svg + "text").Select(t => t.Value).Should().Contain("817,896.62 t (66.2%)");
        // Every line is CO2 here: one bar of 1 235 225.67 t CO2e = 100 %.
        svgs[2].Descendants(HtmlDocument.Svg + "text").Select(t => t.Value).Should().Equal("CO2", "1,235,225.67 t CO2e (100.0%)");
    }

    [Fact]
    public void Bar_lengths_are_proportional_to_the_values()
    {
        var svg = HtmlDocument.SvgFragments(HtmlReportRenderer.Render(Samples.Cement, En))[1];
        var bars = svg.Descendants(HtmlDocument.Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();

        // The largest source (process, 817 896.62 t) spans the 260 px plot; fuel combustion 402 777.85 t spans
        // 260 × 402 777.85 ÷ 817 896.62 = 128.04 px; purchased electricity 260 × 14 551.20 ÷ 817 896.62 = 4.63 px.
        bars.Should().Equal(128.0, 4.6, 0.0, 260.0);
    }

    [Fact]
    public void Script_in_a_project_name_is_shown_as_text()
    {
        const string name = "<script>alert(1)</script>";
        var html = HtmlReportRenderer.Render(Samples.CementNamed(name, "\"><img src=x onerror=alert(2)> & 'q'"), Zh with { Explain = true });

        html.Should().NotContain("<script").And.NotContain("<img");
        html.Should().Contain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
        html.Should().Contain("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>");
        html.Should().Contain("<td>&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;q&#39;</td>");
        var doc = HtmlDocument.Parse(html);
        doc.Descendants("h1").Single().Value.Should().Be(name);
        doc.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "img");
    }

    [Fact]
    public void Output_uses_lf_line_ends_and_ends_with_one_newline()
    {
        var html = HtmlReportRenderer.Render(Samples.Cement, Zh with { Explain = true });

        html.Should().NotContain("\r").And.EndWith("</html>\n").And.NotContain("-0.00");
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex AbsoluteUrl();
}
