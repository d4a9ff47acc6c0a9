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
        console.Write(new Rule(Markup.Escape(l.T("Review.Title"))).LeftJustified());
        if (review.Regime is { } regime)
        {
            console.WriteLine(l.T("Review.RegimePrefix") + l.Text(regime.Instrument)
                + l.T("Review.InForceFrom") + regime.EffectiveFrom + Status(regime.EffectiveFromStatus, l)
                + (regime.EffectiveTo is null ? string.Empty : l.T("Review.To") + regime.EffectiveTo + Status(regime.EffectiveToStatus, l)));
            console.WriteLine(l.T("Review.ElectricityBasisPrefix") + (regime.ElectricityBasis switch { "equivalent" => l.T("Label.EquivalentValue"), "equal-value" => l.T("Label.EqualValue"), var other => other }) + Status(regime.ElectricityBasisStatus, l));
        }

        console.WriteLine(l.T("Review.TierPrefix") + Tier(review.Tier, l)
            + (review.DecidedBy is { } d ? l.T("Review.ByPrefix") + l.Text(d.Wording) + l.T("Punct.CloseParen") : string.Empty));
        if (review.Authority is { } a && a.Authority is { } authority)
        {
            console.WriteLine(l.T("Review.AuthorityPrefix") + l.Text(authority) + Status(a.Status, l));
        }

        if (review.ComparedEnergy is { } compared)
        {
            console.WriteLine(l.T("Review.EnergyComparedPrefix") + Gbt8170.Format(compared.Tce, 2) + " tce (" + l.Text(compared.Why) + ")");
        }

        var reasons = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("Label.ThresholdsCompared"))) };
        foreach (var c in new[] { l.T("Label.Rule"), l.T("Label.Wording"), l.T("Label.ProjectValue"), l.T("Label.Limit"), l.T("Label.Holds"), l.T("Label.Status") })
        {
            reasons.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var r in review.Reasons)
        {
            var project = r.ProjectValue is { } v ? Gbt8170.Format(v, 2) + " " + r.Unit : r.ProjectText switch { "true" => l.T("Label.True"), "false" => l.T("Label.False"), "not declared" => l.T("Label.NotDeclared"), var t => t ?? "-" };
            var limit = r.Limit is { } lim ? Gbt8170.Format(lim, 0) + " " + r.Unit : "-";
            reasons.AddRow(new Text((r.Decisive ? "► " : string.Empty) + r.Rule), new Text(l.Text(r.Wording)), new Text(project), new Text(limit), new Text(r.Holds ? l.T("Label.Yes") : l.T("Label.No")), new Text(ReportLabels.Status(r.Status, l.Report)));
        }

        console.Write(reasons);
        foreach (var note in review.Notes)
        {
            console.WriteLine("• " + l.Text(note.Text).Trim() + (note.Status is null ? string.Empty : Status(note.Status, l)));
        }

        if (review.RegionalImpact is { } impact)
        {
            var table = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("Review.ImpactTitle"))) };
            table.AddColumn(new TableColumn(new Text(l.T("Label.Index"))));
            table.AddColumn(new TableColumn(new Text(l.T("Label.ValuePercent"))).RightAligned());
            table.AddColumn(new TableColumn(new Text(l.T("Label.Grade"))));
            if (impact.M is { } m)
            {
                table.AddRow(new Text("m"), new Text(Gbt8170.Format(m.Value, 3)), new Text(m.GradeName is { } g ? l.Text(g) : "-"));
            }

            if (impact.N is { } n)
            {
                table.AddRow(new Text("n"), new Text(Gbt8170.Format(n.Value, 3)), new Text(n.GradeName is { } g ? l.Text(g) : "-"));
            }

            console.Write(table);
            foreach (var note in impact.Notes)
            {
                console.WriteLine("• " + l.Text(note));
            }
        }

        foreach (var saving in review.EnergySaving)
        {
            console.WriteLine(l.T("Review.EnergySavingPrefix") + saving.Product + " " + Gbt8170.Format(saving.SavingTce, 2) + " tce/a ("
                + Gbt8170.Format(saving.Before, 2) + " → " + Gbt8170.Format(saving.After, 2) + " " + saving.Unit + ")");
        }
    }

    private static void RenderBaselines(IReadOnlyList<BaselineReport> baselines, Language l, IAnsiConsole console)
    {
        var table = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("Review.BaselinesTitle"))) };
        foreach (var c in new[] { l.T("Label.Indicator"), l.T("Label.ProjectValue"), l.T("Label.LevelsPublishedCorrected"), l.T("Label.BestMet"), l.T("Label.BenchmarkBaseline"), l.T("Label.Citation") })
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var b in baselines)
        {
            var levels = string.Join("\n", b.Levels.Select(x =>
                $"{l.Text(x.Name)} {Gbt8170.Format(x.Published, 2)}{(x.Corrected is { } c && c != x.Published ? " → " + Gbt8170.Format(c, 2) : string.Empty)} {(x.Met switch { true => "✓", false => "✗", null => "?" })}{Status(x.Status, l)}"));
            var classification = b.Classification switch
            {
                "at-or-better-than-benchmark" => l.T("Review.AtOrBetterThanBenchmark"),
                "between" => l.T("Review.BetweenBenchmarkAndBaseline"),
                "worse-than-baseline" => l.T("Review.WorseThanBaseline"),
                _ => "-",
            };
            if (b.GapAnnual is { } gap && b.GapAnnualUnit is not null)
            {
                classification += "\n" + l.T("Review.GapPrefix") + Gbt8170.Format(gap, 2) + " " + b.GapAnnualUnit + "/a";
            }

            table.AddRow(
                new Text(l.Text(b.Name)),
                new Text(b.Value is { } v ? Gbt8170.Format(v, 2) + " " + b.Unit : "-"),
                new Text(levels),
                new Text(b.Levels.FirstOrDefault(x => x.Level == b.BestLevelMet) is { } best ? l.Text(best.Name) : "-"),
                new Text(classification),
                new Text(b.Table + Status(b.TableStatus, l)));
        }

        console.Write(table);
    }

    private static string Status(string status, Language l) => status == "confirmed" ? string.Empty : " [" + ReportLabels.Status(status, l.Report) + "]";

    private static string Tier(string? tier, Language l) => tier switch
    {
        "provincial" => l.T("Review.Tier.provincial"),
        "delegated" => l.T("Review.Tier.delegated"),
        "exempt" => l.T("Review.Tier.exempt"),
        "national" => l.T("Review.Tier.national"),
        "report" => l.T("Review.Tier.report"),
        "report-form" => l.T("Review.Tier.report-form"),
        "registration-form" => l.T("Review.Tier.registration-form"),
        null => l.T("Review.Tier.undecided"),
        _ => tier,
    };

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
