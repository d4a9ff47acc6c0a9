using System.Globalization;
using System.Text.RegularExpressions;
using Carbon.Reports;

namespace Carbon.Reporting.Tests;

public partial class MarkdownReportTests
{
    private static readonly ReportRenderOptions Zh = new() { Language = ReportLanguage.Zh };
    private static readonly ReportRenderOptions En = new() { Language = ReportLanguage.En };

    [Fact]
    public void Chinese_report_has_the_headings_of_each_part()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh);

        md.Should().StartWith("# 示例：5000 t/d 新型干法水泥熟料生产线（配套余热发电）\n");
        foreach (var heading in (string[])["## 能源消费（GB/T 2589）", "### 能源消费明细", "### 能源合计", "### 单位产品能耗", "## 温室气体排放（GWP：AR5）",
                     "### 排放合计", "### 按排放源（碳排放结构）", "### 碳排放强度", "## 其他指标（不计入排放合计）", "## 依赖的未核实数据", "## 诊断",
                     "## 项目事实", "## 采用的方法学", "## 使用的数据集"])
        {
            md.Should().Contain("\n" + heading + "\n");
        }
    }

    [Fact]
    public void English_report_has_the_headings_of_each_part()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, En);

        md.Should().StartWith("# Sample: 5000 t/d new dry-process cement clinker line with waste-heat power generation\n");
        foreach (var heading in (string[])["## Energy use (GB/T 2589)", "### Energy totals", "## Greenhouse-gas emissions (GWP: AR5)", "### Emission totals",
                     "### Carbon intensity", "## UNCONFIRMED data relied on", "## Diagnostics", "## Data sets used", "## Methodologies used"])
        {
            md.Should().Contain("\n" + heading + "\n");
        }

        md.Should().NotContainAny("能源消费（", "排放合计");
    }

    [Fact]
    public void Energy_figures_are_the_hand_worked_values_rounded_to_2_decimals()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh);

        // GB/T 2589-2008 Annex A: raw coal 0.7143 kgce/kg, diesel 1.4571 kgce/kg, electricity 0.1229 kgce/kWh (当量值).
        // 210 000 t × 0.7143 = 150 003 tce.
        MarkdownTables.Row(md, "原煤")[4].Should().Be("150,003.00");
        // 1 200 t × 1.4571 = 1 748.52 tce.
        MarkdownTables.Row(md, "柴油")[4].Should().Be("1,748.52");
        // 36 000 000 kWh × 0.1229 kgce/kWh = 4 424 400 kgce = 4 424.40 tce; its 等价值 is unknown for the year → "-".
        MarkdownTables.Row(md, "电力").Skip(4).Should().Equal("4,424.40", "-");
        // Waste-heat power used on site counts zero (its fuel is already counted).
        MarkdownTables.Row(md, "电力（余热发电）")[4].Should().Be("0.00");
        // 150 003 + 1 748.52 + 4 424.40 = 156 175.92 tce.
        MarkdownTables.Row(md, "综合能耗（当量值）")[1].Should().Be("**156,175.92**");
        // Fossil 150 003 + 1 748.52 = 151 751.52 tce = 97.17 % of 156 175.92 → 97.2 %; secondary 4 424.40 ÷ 156 175.92 = 2.83 % → 2.8 %.
        MarkdownTables.Row(md, "化石能源").Skip(1).Should().Equal("151,751.52", "97.2%");
        MarkdownTables.Row(md, "外购电力、热力（二次能源）").Skip(1).Should().Equal("4,424.40", "2.8%");
        MarkdownTables.Row(md, "综合能耗（等价值）")[1].Should().Be("未知（见诊断）");
    }

    [Fact]
    public void Emission_figures_are_the_hand_worked_values_rounded()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh);
        var rows = MarkdownTables.Rows(md);

        // Coal: 210 000 t × 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12 = 399 062.758 t CO2 (fuel parameters S8, ghg-methods.md §6.1).
        rows.Should().Contain(r => r.Count == 8 && r[1] == "coal.raw" && r[4] == "399,062.76" && r[6] == "399,062.76");
        // Grid: 36 000 000 kWh × 0.4042 kg/kWh (MEE/NBS 2023 南方) = 14 551 200 kg = 14 551.20 t.
        rows.Should().Contain(r => r.Count == 8 && r[0] == "净购入电力" && r[4] == "14,551.20");
        // Clinker: 1 550 000 t × [(0.645 − 0.010) × 44/56 + (0.018 − 0.002) × 44/40] = 1 550 000 × 0.5165286 = 800 619.29 t.
        rows.Should().Contain(r => r.Count == 8 && r[1] == "cement.clinker" && r[4] == "800,619.29" && r[7] == "china-2013");
        // Total: 399 062.758 + 3 715.092 + 14 551.2 + 800 619.286 + 17 277.333 = 1 235 225.669 t → 1,235,225.67.
        MarkdownTables.Row(md, "CO2e")[1].Should().Be("**1,235,225.67**");
        // Intensity: 1 235 225.669 ÷ 1 550 000 = 0.796920 → 0.7969 t CO2e/t (4 decimals).
        MarkdownTables.Row(md, "cement.clinker", 3).Should().Equal("cement.clinker", "0.7969", "tCO2e/t");
        // Shares by source: fuel (399 062.758 + 3 715.092) ÷ 1 235 225.669 = 32.61 % → 32.6 %; process 66.21 % → 66.2 %.
        MarkdownTables.Row(md, "化石燃料燃烧", 3).Skip(1).Should().Equal("402,777.85", "32.6%");
        MarkdownTables.Row(md, "工业过程", 3).Skip(1).Should().Equal("817,896.62", "66.2%");
    }

    [Fact]
    public void Totals_in_the_tables_equal_the_json_after_rounding()
    {
        var report = Samples.Cement;
        var md = MarkdownReportRenderer.Render(report, En);

        Parse(MarkdownTables.Row(md, "Comprehensive energy (equivalent value)")[1]).Should().Be(Gbt8170.Round(report.Energy!.Totals.EquivalentTce, 2));
        Parse(MarkdownTables.Row(md, "fossil energy")[1]).Should().Be(Gbt8170.Round(report.Energy.Totals.FossilTce, 2));
        Parse(MarkdownTables.Row(md, "renewable energy")[1]).Should().Be(Gbt8170.Round(report.Energy.Totals.RenewableTce, 2));
        Parse(MarkdownTables.Row(md, "feedstock energy")[1]).Should().Be(Gbt8170.Round(report.Energy.Totals.FeedstockTce, 2));
        Parse(MarkdownTables.Row(md, "CO2e")[1]).Should().Be(Gbt8170.Round(report.Emissions!.Totals.Co2eTonnes, 2));
        Parse(MarkdownTables.Row(md, "CO2")[1]).Should().Be(Gbt8170.Round(report.Emissions.Totals.Co2Tonnes, 2));
        Parse(MarkdownTables.Row(md, "CH4")[1]).Should().Be(Gbt8170.Round(report.Emissions.Totals.Ch4Tonnes, 2));
        Parse(MarkdownTables.Row(md, "N2O")[1]).Should().Be(Gbt8170.Round(report.Emissions.Totals.N2oTonnes, 2));
    }

    [Theory]
    [InlineData(ReportLanguage.Zh)]
    [InlineData(ReportLanguage.En)]
    public void Every_number_in_the_tables_is_a_json_number_after_rounding(ReportLanguage language)
    {
        var report = Samples.Cement;
        var json = MarkdownTables.Numbers(ReportJson.Serialize(report));
        var md = MarkdownReportRenderer.Render(report, new ReportRenderOptions { Language = language, Explain = true });

        var figures = MarkdownTables.Rows(md).SelectMany(r => r).Select(c => c.Trim('*')).Where(c => Figure().IsMatch(c)).ToList();
        figures.Should().HaveCountGreaterThan(40);
        foreach (var f in figures)
        {
            var decimals = f.TrimEnd('%').Length - f.IndexOf('.', StringComparison.Ordinal) - 1;
            if (f.EndsWith('%'))
            {
                // A share is one JSON number over another (a part over its total).
                json.Any(a => json.Any(b => b > 0 && Gbt8170.FormatPercent(a / b, decimals) == f)).Should().BeTrue($"the share {f} must come from the JSON");
            }
            else
            {
                json.Any(x => Gbt8170.Format(x, decimals) == f).Should().BeTrue($"the figure {f} must be a JSON number after rounding");
            }
        }
    }

    [Fact]
    public void Traces_are_nested_lists_when_explaining()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh with { Explain = true });

        md.Should().Contain("#### 计算过程\n\n- /energy/0 原煤 → 150,003.00 tce\n  - 公式：Q × k\n  - 输入\n    - Q = 210000 t（项目，/energy/0/amount）\n  - 数据记录\n"
            + "    - gbt2589.coal.raw.coal-equivalent = 0.7143 kgce/kg（单一来源；carbon.gbt2589@2008-annex-a.1） — GB/T 2589-2008");
        md.Should().Contain("    - grid.mee-nbs.2023.南方 = 0.4042 kgCO2/kWh（未核实；carbon.grid-factors@2026.1）");
        md.Should().Contain("  - 说明：余热发电自用");
    }

    [Fact]
    public void Traces_are_left_out_without_explain()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh);

        md.Should().NotContain("计算过程").And.NotContain("公式").And.NotContain("gbt2589.coal.raw.coal-equivalent");
    }

    [Fact]
    public void Data_sets_unconfirmed_records_and_diagnostics_are_listed()
    {
        var report = Samples.Cement;
        var md = MarkdownReportRenderer.Render(report, En);

        foreach (var d in report.DataSets)
        {
            MarkdownTables.Row(md, d.Id).Should().Contain(d.Version).And.Contain(d.ContentHash);
        }

        var unconfirmed = MarkdownTables.Row(md, "grid.mee-nbs.2023.南方");
        unconfirmed.Should().Contain("0.4042").And.Contain("kgCO2/kWh").And.Contain("carbon.grid-factors@2026.1");
        md.Should().Contain("> [!WARNING]\n> The numbers in this report rely on the UNCONFIRMED records below.");
        MarkdownTables.Rows(md).Should().Contain(r => r[0] == "warning" && r[1] == "CB3102" && r[2] == "/energy/2")
            .And.Contain(r => r[0] == "warning" && r[1] == "CB4100" && r[2] == "/");
    }

    [Fact]
    public void Every_table_row_has_as_many_cells_as_its_header()
    {
        var md = MarkdownReportRenderer.Render(Samples.CementNamed("a|b *c*", "x | y | z"), Zh with { Explain = true });

        var lines = md.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("|---", StringComparison.Ordinal))
            {
                var width = MarkdownTables.Cells(lines[i - 1]).Count;
                for (var j = i + 1; j < lines.Length && lines[j].StartsWith('|'); j++)
                {
                    MarkdownTables.Cells(lines[j]).Should().HaveCount(width, $"row {j} belongs to a table of {width} columns: {lines[j]}");
                }
            }
        }
    }

    [Fact]
    public void User_text_is_escaped_so_it_cannot_break_a_table_or_start_markup()
    {
        var md = MarkdownReportRenderer.Render(Samples.CementNamed("a|b *c* <b>[x](y)</b>", "x | y_z_ `code`"), Zh);

        md.Should().StartWith(@"# a\|b \*c\* \<b\>\[x\](y)\</b\>" + "\n");
        md.Should().Contain(@"| 原煤 | x \| y\_z\_ \`code\` | 21万 t |");
        md.Should().NotContain("<b>");
    }

    [Fact]
    public void Output_uses_lf_line_ends_ends_with_one_newline_and_has_no_negative_zero()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh with { Explain = true });

        md.Should().NotContain("\r").And.NotContain("-0.00").And.NotContain("\n\n\n");
        md.Should().EndWith("版本 2。*\n");
    }

    [Fact]
    public void The_review_date_is_the_only_date()
    {
        var md = MarkdownReportRenderer.Render(Samples.Cement, Zh);

        MarkdownTables.Row(md, "审查日期")[1].Should().Be("2025-10-15");
        DateLike().Matches(md).Select(m => m.Value).Distinct().Should().Equal("2025-10-15");
    }

    private static decimal Parse(string cell) => decimal.Parse(cell.Trim('*'), NumberStyles.Number, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*\.\d+%?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b20\d\d-\d\d-\d\d\b")]
    private static partial Regex DateLike();
}
