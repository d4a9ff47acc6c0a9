using System.Collections.Immutable;
using System.Globalization;
using Carbon.Energy;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Review.Regimes;

/// <summary>The tier a regime gives a project, with every comparison made.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="DecidedBy">The rule that decided.</param>
/// <param name="Reasons">The comparisons, in order.</param>
/// <param name="Notes">Constraints, notes and interpretations.</param>
/// <param name="Authority">The province's split, when it applies.</param>
internal sealed record RegimeOutcome(string Tier, ReviewDecisionReport DecidedBy, ImmutableArray<ReviewReasonReport> Reasons, ImmutableArray<ReviewNoteReport> Notes, ReviewAuthorityReport? Authority);

/// <summary>
/// Applies a regime's rules in order (exemptions, then the provincial thresholds, then the fallback); the first rule
/// that holds gives the tier. Every comparison is reported with the regulation's wording, the project's value, the
/// limit and the figure's status.
/// </summary>
internal static class RegimeEvaluator
{
    public static RegimeOutcome Evaluate(RegimeCatalog catalog, ReviewRegime regime, AssessmentState state, ComparedEnergy compared, List<Diagnostic> diagnostics)
    {
        var measures = new ProjectMeasures(state.Energy, compared, diagnostics);
        var warned = new HashSet<string>(StringComparer.Ordinal);
        var reasons = new List<ReviewReasonReport>();
        var regimeNotes = RegimeNotes(regime, state.Energy);
        RegimeRule? decisive = null;
        foreach (var rule in regime.Rules)
        {
            var ruleReasons = rule.Match == RuleMatch.Fact
                ? [FactReason(rule, state, diagnostics, warned, regimeNotes)]
                : rule.Conditions.Select(c => ThresholdReason(catalog, regime, rule, c, measures, compared, regimeNotes, state, diagnostics, warned)).ToList();
            var holds = rule.Match == RuleMatch.Any ? ruleReasons.Exists(r => r.Holds) : ruleReasons.TrueForAll(r => r.Holds);
            if (holds)
            {
                reasons.AddRange(ruleReasons.Select(r => r with { Decisive = true }));
                decisive = rule;
                break;
            }

            reasons.AddRange(ruleReasons);
        }

        var tier = decisive?.Tier ?? regime.Otherwise.Tier;
        var decidedBy = decisive is null
            ? new ReviewDecisionReport("otherwise", Message(regime.Otherwise.Wording), regime.Otherwise.Status.ToName(), Citation.Format(regime.Otherwise.Source))
            : new ReviewDecisionReport(decisive.Id, Message(decisive.Wording), decisive.Status.ToName(), Citation.Format(decisive.Source));

        var notes = new List<ReviewNoteReport>();
        foreach (var c in regime.Constraints.Where(c => c.Tier == tier))
        {
            if (FactLookup.Boolean(state, c.Fact, diagnostics, warned) == true)
            {
                notes.Add(new ReviewNoteReport("constraint", Message(c.Wording), c.Status.ToName(), Citation.Format(c.Source)));
            }
        }

        if (compared.Increment && regime.Increment.Interpretation is { } interpretation && state.Project.Nature == Projects.ProjectNature.TechnicalUpgrade)
        {
            notes.Add(new ReviewNoteReport("interpretation", Message(interpretation), regime.Increment.Status.ToName(), Citation.Format(regime.Source)));
        }

        notes.AddRange(regime.Notes.Select(n => new ReviewNoteReport("regime", Message(n), regime.Status.ToName(), Citation.Format(regime.Source))));
        var authority = tier == "delegated" ? Authority(catalog, regime, state, measures, diagnostics) : null;
        return new RegimeOutcome(tier, decidedBy, [.. reasons], [.. notes], authority);
    }

    private static List<LocalizedText> RegimeNotes(ReviewRegime regime, EnergyResult energy)
    {
        var notes = new List<LocalizedText>();
        if (regime.HasUncertainDates)
        {
            notes.Add(new LocalizedText(
                $"本办法施行期的日期未全部核实（{Date(regime.EffectiveFrom)}［{regime.EffectiveFrom.Status.ToName()}］至 {Date(regime.EffectiveTo)}［{regime.EffectiveTo.Status.ToName()}］）。",
                $"This regime's in-force dates are not all confirmed ({Date(regime.EffectiveFrom)} [{regime.EffectiveFrom.Status.ToName()}] to {Date(regime.EffectiveTo)} [{regime.EffectiveTo.Status.ToName()}])."));
        }

        return notes;
    }

    private static ReviewReasonReport FactReason(RegimeRule rule, AssessmentState state, List<Diagnostic> diagnostics, HashSet<string> warned, List<LocalizedText> regimeNotes)
    {
        var key = rule.Fact!;
        var value = FactLookup.Boolean(state, key, diagnostics, warned);
        var notes = regimeNotes.Select(Message).ToList();
        if (value is null)
        {
            notes.Add(new MessageReport($"未声明事实“{key}”，按否处理。", $"Fact '{key}' is not declared; taken as false."));
        }

        return new ReviewReasonReport(
            rule.Id,
            rule.Tier,
            key,
            "fact",
            new MessageReport(key, key),
            "is-true",
            null,
            null,
            null,
            value switch { true => "true", false => "false", null => "not declared" },
            value == true,
            false,
            Message(rule.Wording),
            rule.Status.ToName(),
            Citation.Format(rule.Source),
            [.. notes],
            null);
    }

    private static ReviewReasonReport ThresholdReason(
        RegimeCatalog catalog,
        ReviewRegime regime,
        RegimeRule rule,
        ThresholdCondition condition,
        ProjectMeasures measures,
        ComparedEnergy compared,
        List<LocalizedText> regimeNotes,
        AssessmentState state,
        List<Diagnostic> diagnostics,
        HashSet<string> warned)
    {
        var measure = catalog.Measure(condition.Measure);
        var value = measures.Of(measure);
        var holds = condition.Comparison == LimitComparisonKind.AtLeast
            ? LimitComparison.AtLeast(value.Value, condition.Limit)
            : LimitComparison.Below(value.Value, condition.Limit);
        var notes = regimeNotes.Select(Message).ToList();
        if (measure.Interpretation is { } interpretation)
        {
            notes.Add(Message(interpretation));
        }

        if (measure.Kind == MeasureKind.ComprehensiveEnergy)
        {
            if (compared.Increment)
            {
                notes.Add(new MessageReport("按建成投产后年综合能源消费增量比较：" + compared.Why.Zh, "Compared on the post-commissioning increment: " + compared.Why.En));
            }

            var secondary = state.Energy.Lines.Any(l => l.Carrier.Kind != CarrierKind.Fuel && l.EquivalentTce != 0);
            if (regime.ElectricityBasis.Status != DataStatus.Confirmed && secondary)
            {
                notes.Add(Message(regime.ElectricityBasis.Wording));
                if (warned.Add("basis:" + regime.Id))
                {
                    diagnostics.Add(ReviewDiagnostics.UnconfirmedUsed(
                        "/reviewDate",
                        regime.Id + ".electricity-basis",
                        $"电力折算口径（暂按当量值）：{regime.ElectricityBasis.Wording.Zh}",
                        $"the electricity basis (the equivalent value is assumed): {regime.ElectricityBasis.Wording.En}"));
                }
            }
        }

        if (condition.Status == DataStatus.Unconfirmed && warned.Add("threshold:" + condition.Id))
        {
            diagnostics.Add(ReviewDiagnostics.UnconfirmedUsed(
                "/reviewDate",
                condition.Id,
                condition.Wording.Zh + " = " + LimitComparison.Format(condition.Limit) + " " + measure.Unit,
                condition.Wording.En + " = " + LimitComparison.Format(condition.Limit) + " " + measure.Unit));
        }

        var threshold = new FactorReference(condition.Id, catalog.Id, catalog.Version, condition.Limit, measure.Unit, condition.Status, Citation.Format(condition.Source));
        var symbol = condition.Comparison == LimitComparisonKind.AtLeast ? "≥" : "<";
        var trace = value.Trace with
        {
            Formula = value.Trace.Formula + "; " + measure.Id + " " + symbol + " " + LimitComparison.Format(condition.Limit) + " " + measure.Unit,
            Factors = [.. value.Trace.Factors, threshold],
        };
        return new ReviewReasonReport(
            rule.Id,
            rule.Tier,
            condition.Id,
            measure.Id,
            Message(measure.Name),
            condition.Comparison == LimitComparisonKind.AtLeast ? "at-least" : "below",
            condition.Limit,
            measure.Unit,
            ReportNumber.Clean(value.Value),
            null,
            holds,
            false,
            Message(condition.Wording),
            condition.Status.ToName(),
            Citation.Format(condition.Source),
            [.. notes],
            TraceReport.From(trace));
    }

    private static ReviewAuthorityReport? Authority(RegimeCatalog catalog, ReviewRegime regime, AssessmentState state, ProjectMeasures measures, List<Diagnostic> diagnostics)
    {
        if (state.Project.AdminCode is null)
        {
            diagnostics.Add(ReviewDiagnostics.NoAdminCode());
            return null;
        }

        var o = catalog.OverrideFor(regime.Id, state.Project.AdminCode);
        if (o is null)
        {
            return null;
        }

        foreach (var band in o.Bands)
        {
            var value = measures.Of(catalog.Measure(band.Measure)).Value;
            if (LimitComparison.AtLeast(value, band.AtLeast) && (band.Below is not { } below || LimitComparison.Below(value, below)))
            {
                return new ReviewAuthorityReport(o.Id, Message(o.Province), band.Level, Message(band.Authority), Message(band.Wording), o.Status.ToName(), Citation.Format(o.Source), o.Note is null ? null : Message(o.Note));
            }
        }

        return new ReviewAuthorityReport(o.Id, Message(o.Province), null, null, null, o.Status.ToName(), Citation.Format(o.Source), o.Note is null ? null : Message(o.Note));
    }

    private static string Date(DatedBoundary b) => b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    internal static MessageReport Message(LocalizedText text) => new(text.Zh, text.En);
}
