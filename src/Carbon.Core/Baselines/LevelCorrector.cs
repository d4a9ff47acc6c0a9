using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Review;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Baselines;

/// <summary>A level after its corrections.</summary>
/// <param name="Value">The corrected value, or null when a fact a correction needs is missing or unusable.</param>
/// <param name="Steps">Each correction considered, with its arithmetic.</param>
internal sealed record CorrectedLevel(double? Value, ImmutableArray<CorrectionStepReport> Steps);

/// <summary>
/// Applies an indicator's corrections to one level, in order (GB 16780-2021 clauses 5.3 and 5.4 are the model):
/// linear: level + k[level] × (fact − reference); multiplicative: level × (A − B × fact / reference), only when the
/// condition fact exceeds its threshold. Facts are read in the correction's unit. A missing fact is never skipped
/// silently: the level is left unjudged (needs information), except a missing <em>condition</em> fact, where the level
/// is judged without that correction and the note says so.
/// </summary>
internal sealed class LevelCorrector(AssessmentState state, List<Diagnostic> diagnostics)
{
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    public CorrectedLevel Correct(BenchmarkIndicator indicator, BenchmarkLevel level, List<MessageReport> needsInformation)
    {
        double? current = level.Value;
        var steps = ImmutableArray.CreateBuilder<CorrectionStepReport>();
        foreach (var c in indicator.Corrections)
        {
            if (!(c.Levels.IsEmpty || c.Levels.Contains(level.Level)) || (c.Kind == CorrectionKind.Linear && !c.Coefficients.ContainsKey(level.Level)))
            {
                continue;
            }

            var before = current!.Value;
            if (!QuantityParser.TryParseUnit(c.FactUnit, out var factUnit, out _))
            {
                Once("unit:" + c.Id, () => ReviewDiagnostics.CorrectionUnitUnknown(c.Id, c.FactUnit));
                steps.Add(Step(c, null, false, before, null, "—", new MessageReport($"事实单位“{c.FactUnit}”无法识别。", $"Fact unit '{c.FactUnit}' is not known.")));
                return new CorrectedLevel(null, steps.ToImmutable());
            }

            MessageReport? conditionNote = null;
            if (c.ConditionFact is { } conditionKey)
            {
                var condition = Condition(c, conditionKey, indicator, needsInformation);
                conditionNote = condition.Note;
                if (condition.Unusable)
                {
                    steps.Add(Step(c, null, false, before, null, "—", condition.Note));
                    return new CorrectedLevel(null, steps.ToImmutable());
                }

                if (!condition.Met)
                {
                    steps.Add(Step(c, null, false, before, before, LimitComparison.Format(before), condition.Note));
                    continue;
                }
            }

            var fact = FactLookup.Find(state, c.Fact);
            if (fact is null)
            {
                Once("fact:" + c.Id + ":" + indicator.Id, () => ReviewDiagnostics.CorrectionNeedsFact(c.Fact, c.Id, indicator.Id, c.FactUnit));
                AddNeed(needsInformation, new MessageReport(
                    $"修正“{c.Id}”需要事实“{c.Fact}”（单位 {c.FactUnit}）。",
                    $"Correction '{c.Id}' needs fact '{c.Fact}' (in {c.FactUnit})."));
                steps.Add(Step(c, null, false, before, null, "—", new MessageReport($"未给出事实“{c.Fact}”：本等级未判定。", $"Fact '{c.Fact}' is not given: this level is not judged.")));
                return new CorrectedLevel(null, steps.ToImmutable());
            }

            if (fact.Value.Kind != FactKind.Quantity || fact.Value.Quantity.Dimension != factUnit.Dimension)
            {
                Once("type:" + c.Fact, () => ReviewDiagnostics.CorrectionFactType(fact.Path ?? "/facts", c.Fact, c.FactUnit));
                steps.Add(Step(c, null, false, before, null, "—", new MessageReport($"事实“{c.Fact}”不能换算为 {c.FactUnit}。", $"Fact '{c.Fact}' does not convert to {c.FactUnit}.")));
                return new CorrectedLevel(null, steps.ToImmutable());
            }

            var x = fact.Value.Quantity.In(c.FactUnit);
            double after;
            string formula;
            if (c.Kind == CorrectionKind.Linear)
            {
                var k = c.Coefficients[level.Level];
                after = before + (k * (x - c.Reference));
                formula = $"{F(before)} + {F(k)} × ({F(x)} − {F(c.Reference)}) = {F(after)}";
            }
            else
            {
                var factor = c.A - (c.B * x / c.Reference);
                after = before * factor;
                formula = $"{F(before)} × ({F(c.A)} − {F(c.B)} × {F(x)} / {F(c.Reference)}) = {F(before)} × {F(factor)} = {F(after)}";
            }

            steps.Add(Step(c, x, true, before, ReportNumber.Clean(after), formula, conditionNote));
            current = after;
        }

        return new CorrectedLevel(ReportNumber.Clean(current), steps.ToImmutable());
    }

    private (bool Met, bool Unusable, MessageReport? Note) Condition(BenchmarkCorrection c, string key, BenchmarkIndicator indicator, List<MessageReport> needsInformation)
    {
        var fact = FactLookup.Find(state, key);
        if (fact is null)
        {
            Once("condition:" + c.Id + ":" + indicator.Id, () => ReviewDiagnostics.ConditionFactMissing(key, c.Id, indicator.Id));
            AddNeed(needsInformation, new MessageReport(
                $"修正“{c.Id}”的适用条件需要事实“{key}”；未给出时按不适用判定。",
                $"Whether correction '{c.Id}' applies depends on fact '{key}'; without it the correction was taken as not applying."));
            return (false, false, new MessageReport($"未给出事实“{key}”，按不适用判定（需补充信息）。", $"Fact '{key}' is not given; taken as not applying (needs information)."));
        }

        if (fact.Value.Kind == FactKind.Boolean && c.ConditionAbove is null)
        {
            return (fact.Value.Boolean, false, new MessageReport($"条件“{key}”= {(fact.Value.Boolean ? "true" : "false")}。", $"Condition '{key}' = {(fact.Value.Boolean ? "true" : "false")}."));
        }

        double value;
        if (fact.Value.Kind != FactKind.Quantity)
        {
            return Unusable(c, key, fact, c.ConditionUnit ?? "1");
        }

        if (c.ConditionUnit is { } unitText)
        {
            if (!QuantityParser.TryParseUnit(unitText, out var unit, out _))
            {
                Once("unit:" + c.Id, () => ReviewDiagnostics.CorrectionUnitUnknown(c.Id, unitText));
                return (false, true, new MessageReport($"条件单位“{unitText}”无法识别。", $"Condition unit '{unitText}' is not known."));
            }

            if (unit.Dimension != fact.Value.Quantity.Dimension)
            {
                return Unusable(c, key, fact, unitText);
            }

            value = fact.Value.Quantity.In(unitText);
        }
        else
        {
            value = fact.Value.Quantity.Value;
        }

        var threshold = c.ConditionAbove ?? 0;
        var met = value > threshold && !LimitComparison.Equal(value, threshold);
        var shown = F(value) + (c.ConditionUnit is null ? string.Empty : " " + c.ConditionUnit);
        var limit = F(threshold) + (c.ConditionUnit is null ? string.Empty : " " + c.ConditionUnit);
        return (met, false, met
            ? new MessageReport($"条件成立：{key} = {shown} > {limit}。", $"Condition met: {key} = {shown} > {limit}.")
            : new MessageReport($"条件不成立：{key} = {shown} ≤ {limit}，不修正。", $"Condition not met: {key} = {shown} ≤ {limit}; no correction."));
    }

    private (bool Met, bool Unusable, MessageReport? Note) Unusable(BenchmarkCorrection c, string key, Fact fact, string unit)
    {
        Once("type:" + key, () => ReviewDiagnostics.CorrectionFactType(fact.Path ?? "/facts", key, unit));
        return (false, true, new MessageReport($"条件事实“{key}”不能换算为 {unit}。", $"Condition fact '{key}' does not convert to {unit}."));
    }

    private static CorrectionStepReport Step(BenchmarkCorrection c, double? x, bool applied, double before, double? after, string formula, MessageReport? note) => new(
        c.Id,
        new MessageReport(c.Description.Zh, c.Description.En),
        c.Kind == CorrectionKind.Linear ? "linear" : "multiplicative",
        c.Fact,
        x is { } v ? ReportNumber.Clean(v) : null,
        c.FactUnit,
        applied,
        ReportNumber.Clean(before),
        after,
        formula,
        c.Status.ToName(),
        Citation.Format(c.Source),
        note);

    private static void AddNeed(List<MessageReport> needs, MessageReport message)
    {
        if (!needs.Contains(message))
        {
            needs.Add(message);
        }
    }

    private void Once(string key, Func<Diagnostic> diagnostic)
    {
        if (_warned.Add(key))
        {
            diagnostics.Add(diagnostic());
        }
    }

    private static string F(double value) => LimitComparison.Format(value);
}
