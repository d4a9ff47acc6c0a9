using System.Globalization;
using Carbon.Cli.Hosting;
using Carbon.Reporting;
using Carbon.Reports;
using Spectre.Console;

namespace Carbon.Cli.Rendering;

/// <summary>Renders the energy-saving review (节能审查) and the efficiency baselines as tables.</summary>
internal static class ReviewTableRenderer
{
    public static void Render(ReviewReport? review, IReadOnlyList<BaselineReport> baselines, Language l, IAnsiConsole console)
    {
        if (review is not null)
        {
            RenderReview(review, l, console);
        }

        if (baselines.Count > 0)
        {
            RenderBaselines(baselines, l, console);
        }
    }

    private static void RenderReview(ReviewReport review, Language l, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape(l.T("节能审查", "Energy-saving review (节能审查)"))).LeftJustified());
        if (review.Regime is { } regime)
        {
            console.WriteLine(l.T("适用办法：", "Regime: ") + l.T(regime.Instrument.Zh, regime.Instrument.En)
                + l.T("，施行 ", ", in force from ") + regime.EffectiveFrom + Status(regime.EffectiveFromStatus, l)
                + (regime.EffectiveTo is null ? string.Empty : l.T(" 至 ", " to ") + regime.EffectiveTo + Status(regime.EffectiveToStatus, l)));
            console.WriteLine(l.T("电力折算：", "Electricity basis: ") + (regime.ElectricityBasis switch { "equivalent" => l.T("当量值", "equivalent value (当量值)"), "equal-value" => l.T("等价值", "equal value (等价值)"), var other => other }) + Status(regime.ElectricityBasisStatus, l));
        }

        console.WriteLine(l.T("审查层级：", "Review tier: ") + Tier(review.Tier, l)
            + (review.DecidedBy is { } d ? l.T("（依据：", " (by: ") + l.T(d.Wording.Zh, d.Wording.En) + l.T("）", ")") : string.Empty));
        if (review.Authority is { } a && a.Authority is { } authority)
        {
            console.WriteLine(l.T("审查机关：", "Authority: ") + l.T(authority.Zh, authority.En) + Status(a.Status, l));
        }

        if (review.ComparedEnergy is { } compared)
        {
            console.WriteLine(l.T("比较的能耗：", "Energy compared: ") + Gbt8170.Format(compared.Tce, 2) + " tce (" + l.T(compared.Why.Zh, compared.Why.En) + ")");
        }

        var reasons = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("逐项比较", "Thresholds compared"))) };
        foreach (var c in new[] { l.T("条款", "Rule"), l.T("表述", "Wording"), l.T("项目值", "Project"), l.T("限值", "Limit"), l.T("成立", "Holds"), l.T("可信度", "Status") })
        {
            reasons.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var r in review.Reasons)
        {
            var project = r.ProjectValue is { } v ? Gbt8170.Format(v, 2) + " " + r.Unit : r.ProjectText switch { "true" => l.T("是", "true"), "false" => l.T("否", "false"), "not declared" => l.T("未声明", "not declared"), var t => t ?? "-" };
            var limit = r.Limit is { } lim ? Gbt8170.Format(lim, 0) + " " + r.Unit : "-";
            reasons.AddRow(new Text((r.Decisive ? "► " : string.Empty) + r.Rule), new Text(l.T(r.Wording.Zh, r.Wording.En)), new Text(project), new Text(limit), new Text(r.Holds ? l.T("是", "yes") : l.T("否", "no")), new Text(ReportLabels.Status(r.Status, l.Report)));
        }

        console.Write(reasons);
        foreach (var note in review.Notes)
        {
            console.WriteLine("• " + l.T(note.Text.Zh, note.Text.En).Trim() + (note.Status is null ? string.Empty : Status(note.Status, l)));
        }

        if (review.RegionalImpact is { } impact)
        {
            var table = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("对地区能耗目标的影响", "Impact on regional energy targets"))) };
            table.AddColumn(new TableColumn(new Text(l.T("指标", "Index"))));
            table.AddColumn(new TableColumn(new Text(l.T("数值 %", "Value %"))).RightAligned());
            table.AddColumn(new TableColumn(new Text(l.T("影响程度", "Grade"))));
            if (impact.M is { } m)
            {
                table.AddRow(new Text("m"), new Text(Gbt8170.Format(m.Value, 3)), new Text(m.GradeName is { } g ? l.T(g.Zh, g.En) : "-"));
            }

            if (impact.N is { } n)
            {
                table.AddRow(new Text("n"), new Text(Gbt8170.Format(n.Value, 3)), new Text(n.GradeName is { } g ? l.T(g.Zh, g.En) : "-"));
            }

            console.Write(table);
            foreach (var note in impact.Notes)
            {
                console.WriteLine("• " + l.T(note.Zh, note.En));
            }
        }

        foreach (var saving in review.EnergySaving)
        {
            console.WriteLine(l.T("节能量：", "Energy saving (节能量): ") + saving.Product + " " + Gbt8170.Format(saving.SavingTce, 2) + " tce/a ("
                + Gbt8170.Format(saving.Before, 2) + " → " + Gbt8170.Format(saving.After, 2) + " " + saving.Unit + ")");
        }
    }

    private static void RenderBaselines(IReadOnlyList<BaselineReport> baselines, Language l, IAnsiConsole console)
    {
        var table = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("能效指标与限额、标杆/基准水平", "Efficiency against limits and 标杆/基准 levels"))) };
        foreach (var c in new[] { l.T("指标", "Indicator"), l.T("项目值", "Project"), l.T("各级（公布值 → 修正值）", "Levels (published → corrected)"), l.T("达到", "Best met"), l.T("标杆/基准", "Benchmark/baseline"), l.T("来源", "Source") })
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var b in baselines)
        {
            var levels = string.Join("\n", b.Levels.Select(x =>
                $"{l.T(x.Name.Zh, x.Name.En)} {Gbt8170.Format(x.Published, 2)}{(x.Corrected is { } c && c != x.Published ? " → " + Gbt8170.Format(c, 2) : string.Empty)} {(x.Met switch { true => "✓", false => "✗", null => "?" })}{Status(x.Status, l)}"));
            var classification = b.Classification switch
            {
                "at-or-better-than-benchmark" => l.T("达到标杆", "at or better than 标杆"),
                "between" => l.T("标杆与基准之间", "between 标杆 and 基准"),
                "worse-than-baseline" => l.T("劣于基准（不得作为新增产能）", "worse than 基准 (not approvable as new capacity)"),
                _ => "-",
            };
            if (b.GapAnnual is { } gap && b.GapAnnualUnit is not null)
            {
                classification += "\n" + l.T("差距 ", "gap ") + Gbt8170.Format(gap, 2) + " " + b.GapAnnualUnit + "/a";
            }

            table.AddRow(
                new Text(l.T(b.Name.Zh, b.Name.En)),
                new Text(b.Value is { } v ? Gbt8170.Format(v, 2) + " " + b.Unit : "-"),
                new Text(levels),
                new Text(b.Levels.FirstOrDefault(x => x.Level == b.BestLevelMet) is { } best ? l.T(best.Name.Zh, best.Name.En) : "-"),
                new Text(classification),
                new Text(b.Table + Status(b.TableStatus, l)));
        }

        console.Write(table);
    }

    private static string Status(string status, Language l) => status == "confirmed" ? string.Empty : " [" + ReportLabels.Status(status, l.Report) + "]";

    private static string Tier(string? tier, Language l) => tier switch
    {
        "provincial" => l.T("省级节能审查机关", "provincial review authority"),
        "delegated" => l.T("由省级确定的下级机关", "a lower level set by the province"),
        "exempt" => l.T("不单独进行节能审查", "exempt (no separate review)"),
        "national" => l.T("国家发展改革委", "the NDRC"),
        "report" => l.T("节能评估报告书", "energy assessment report (报告书)"),
        "report-form" => l.T("节能评估报告表", "energy assessment report form (报告表)"),
        "registration-form" => l.T("节能登记表", "registration form (登记表)"),
        null => l.T("未定（见诊断）", "undecided (see diagnostics)"),
        _ => tier,
    };

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
