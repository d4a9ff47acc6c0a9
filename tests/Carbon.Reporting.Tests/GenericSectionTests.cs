using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Carbon.Reporting.Documents;
using Carbon.Reporting.Sections;

namespace Carbon.Reporting.Tests;

/// <summary>Baselines, review and zoning are rendered from their JSON until they get sections of their own.</summary>
public class GenericSectionTests
{
    private static readonly XNamespace S = HtmlDocument.Svg;

    [Fact]
    public void Present_parts_get_a_section_each_and_a_headline()
    {
        var md = MarkdownReportRenderer.Render(StubParts.Add(Samples.CementFull));

        // The cement sample's review date 2025-10-15 falls under Order 31; 156 175.92 tce ≥ 10 000 tce → provincial.
        md.Should().Contain("\n## 能效对标（能耗限额等级、标杆与基准水平）\n");
        md.Should().Contain("熟料单位产品综合能耗");
        md.Should().Contain("\n## 节能审查\n");
        md.Should().Contain("省级节能审查");
        md.Should().Contain("\n## 生态环境分区管控（三线一单）\n\n| 项 | 内容 |\n|---|---|\n| verdict | 禁止准入 |\n");
        md.Should().Contain("- **三线一单结论**: 禁止准入\n");
        md.IndexOf("## 温室气体排放", StringComparison.Ordinal).Should().BeLessThan(md.IndexOf("## 能效对标", StringComparison.Ordinal));
        md.IndexOf("## 生态环境分区管控", StringComparison.Ordinal).Should().BeLessThan(md.IndexOf("## 其他指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Absent_parts_leave_no_trace()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement);

        md.Should().NotContain("能效对标").And.NotContain("## 节能审查").And.NotContain("三线一单");
    }

    [Fact]
    public void Zoning_verdict_is_charted_even_before_sites_and_units_are_reported()
    {
        var html = HtmlReportRenderer.Render(StubParts.Add(Samples.CementFull), new ReportRenderOptions { Language = ReportLanguage.En });

        var zoning = HtmlDocument.SvgFragments(html).Single(s => s.Element(S + "title")!.Value == "Zoning verdict, site and control units");
        zoning.Descendants(S + "rect").First().Attribute("fill")!.Value.Should().Be("#b00020");
        zoning.Descendants(S + "text").Select(t => t.Value).Should().Contain("Zoning verdict: prohibited").And.Contain("No control unit reported").And.Contain("No site location given");
    }

    [Fact]
    public void Level_scale_places_the_project_between_the_levels_it_meets_and_misses()
    {
        // The shape of the baseline records being built (issue 3); values from docs/samples/cement-clinker-5000tpd.md:
        // clinker comprehensive energy 100.76 kgce/t meets GB 16780-2021 level 2 (107) but not level 1 (100).
        var item = Json("""
            { "indicator": "clinker-comprehensive-energy", "name": { "zh": "熟料单位产品综合能耗", "en": "Clinker comprehensive energy" },
              "value": 100.75865806451611, "unit": "kgce/t",
              "levels": [
                { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "published": 100, "corrected": null, "met": false },
                { "level": "level-2", "name": { "zh": "2级", "en": "level 2" }, "published": 107, "corrected": 107, "met": true } ] }
            """);
        var (c, generic) = Context(ReportLanguage.Zh);

        var chart = BaselinesSection.Scale(item, "熟料单位产品综合能耗", c, generic)!;
        var svg = XElement.Parse(chart.ToSvg("t"));

        svg.Element(S + "title")!.Value.Should().Be("熟料单位产品综合能耗 (kgce/t)");
        svg.Element(S + "desc")!.Value.Should().Be("本项目 100.76 kgce/t; 1级 100 kgce/t（未达到）; 2级 107 kgce/t（达到）");
        var texts = svg.Descendants(S + "text").Select(t => t.Value).ToList();
        texts.Should().Contain("1级 100").And.Contain("2级 107").And.Contain("本项目 100.76 kgce/t").And.Contain("← 数值越低越好");
        var ticks = svg.Descendants(S + "line").Where(l => l.Attribute("stroke-dasharray") is not null).Select(l => X(l, "x1")).ToList();
        var marker = double.Parse(svg.Descendants(S + "polygon").Single().Attribute("points")!.Value.Split(',')[0], CultureInfo.InvariantCulture);
        ticks.Should().HaveCount(2);
        marker.Should().BeGreaterThan(ticks[0]).And.BeLessThan(ticks[1]);
        // Axis 30–690 px over [100 − 1.05, 107 + 1.05] (15 % padding of the 7 kgce/t range): 100.7587 → 30 + 660 × 1.80866 ÷ 9.1 = 161.2 px.
        marker.Should().Be(161.2);
    }

    [Fact]
    public void Level_scale_without_a_project_value_says_so()
    {
        var item = Json("""{ "indicator": "x", "value": null, "unit": "kgce/t", "levels": [ { "level": "benchmark", "published": 100 } ] }""");
        var (c, generic) = Context(ReportLanguage.En);

        var svg = XElement.Parse(BaselinesSection.Scale(item, "x", c, generic)!.ToSvg("t"));

        svg.Descendants(S + "polygon").Should().BeEmpty();
        svg.Descendants(S + "text").Select(t => t.Value).Should().Contain("The project's value is unknown (see diagnostics)").And.Contain("benchmark 100");
        BaselinesSection.Scale(Json("""{ "indicator": "x", "levels": [] }"""), "x", c, generic).Should().BeNull();
    }

    [Fact]
    public void Zoning_chart_links_the_site_to_each_control_unit()
    {
        // The shape of the zoning records being built (issue 4); the units are invented sample-pack units, not real ones.
        var zoning = Json("""
            { "verdict": "conditional",
              "site": { "type": "Point", "longitude": 109.6, "latitude": 23.1, "areaSquareMetres": null, "located": true, "adminCodes": ["450802"] },
              "units": [
                { "code": "ZH-SAMPLE-01", "name": { "zh": "示例工业园区", "en": "Sample industrial park" }, "category": 2, "categoryName": { "zh": "重点管控单元", "en": "key control unit" } },
                { "code": "ZH-SAMPLE-02", "name": { "zh": "示例一般区", "en": "Sample general area" }, "category": 3, "categoryName": { "zh": "一般管控单元", "en": "general control unit" } } ] }
            """);
        var (c, generic) = Context(ReportLanguage.Zh);

        var svg = XElement.Parse(ZoningSection.Chart(zoning, c, generic)!.ToSvg("z"));

        var texts = svg.Descendants(S + "text").Select(t => t.Value).ToList();
        texts.Should().Contain("三线一单结论：有条件准入").And.Contain("ZH-SAMPLE-01 · 示例工业园区 · 重点管控单元").And.Contain("项目位置 Point 109.6, 23.1");
        svg.Descendants(S + "rect").Select(r => (string?)r.Attribute("stroke")).Should().Contain("#c62828").And.Contain("#1565c0");
        svg.Descendants(S + "rect").First().Attribute("fill")!.Value.Should().Be("#b36b00");
        svg.Descendants(S + "line").Should().HaveCount(2, "one link from the site to each unit");
        svg.Attribute("height")!.Value.Should().Be("180.0"); // 62 + 2 × (34 + 10) + 30
    }

    [Fact]
    public void Generic_members_are_formatted_by_name_and_labelled()
    {
        var review = Json("""
            { "tier": "exempt", "regime": { "id": "ndrc-2023-2", "status": "unconfirmed" },
              "comparedEnergy": { "basis": "total", "tce": 156175.91999999998, "why": { "zh": "新建项目", "en": "a new project" } },
              "byKind": [ { "key": "fossil", "tce": 151751.52, "share": 0.9716704086007624 }, { "key": "renewable", "tce": 0, "share": 0 } ],
              "reasons": [ { "rule": "order2.art8", "holds": true, "notes": [ { "zh": "注一", "en": "note one" } ],
                             "trace": { "formula": "a + b", "inputs": [ { "name": "a", "value": 1.5, "unit": "tce", "origin": "project", "path": "/energy/0" } ], "factors": [], "note": null } } ] }
            """);
        var (c, _) = Context(ReportLanguage.Zh, explain: true);
        using var text = new StringWriter(CultureInfo.InvariantCulture);

        new GenericJson(c, new MarkdownReportWriter(text)).Object(review, 3);
        var md = text.ToString();

        md.Should().Contain("| tier | 不单独进行节能审查 |");
        md.Should().Contain("### regime\n\n| 项 | 内容 |\n|---|---|\n| id | ndrc-2023-2 |\n| status | 未核实 |");
        md.Should().Contain("| tce | 156,175.92 |\n| why | 新建项目 |");
        md.Should().Contain("### byKind\n\n| key | tce | share |\n|---|---:|---:|\n| fossil | 151,751.52 | 97.2% |\n| renewable | 0.00 | 0.0% |");
        md.Should().Contain("| order2.art8 | 是 | 注一 |");
        md.Should().Contain("- order2.art8\n  - 公式：a + b\n  - 输入\n    - a = 1.5 tce（项目，/energy/0）");
    }

    private static double X(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static JsonElement Json(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    private static (RenderContext Context, GenericJson Generic) Context(ReportLanguage language, bool explain = false)
    {
        var c = new RenderContext(Samples.Cement, new ReportRenderOptions { Language = language, Explain = explain });
        return (c, new GenericJson(c, new MarkdownReportWriter(TextWriter.Null)));
    }
}
