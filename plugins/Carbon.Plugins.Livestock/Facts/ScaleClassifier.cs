using System.Collections.Immutable;
using System.Globalization;
using Carbon.Plugins.Livestock.Calculation;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Facts;

/// <summary>
/// The scale class of a herd line by a scale-threshold data set: at or above the scale threshold → 规模养殖场
/// (<c>scale-farm</c>); at or above the household threshold → 养殖专业户 (<c>specialised-household</c>); else
/// <c>below-scale</c>. Each set is its own data set with its own source and dates (first pollution-source census,
/// the older "five livestock" figures, the 2025 national standard, provincial standards loaded as data); thresholds
/// are on 出栏 (sold) or 存栏 (stock) as published, and the line's head count is put on that basis.
/// </summary>
internal static class ScaleClassifier
{
    private static readonly ImmutableArray<string> Metrics = [Choices.Sold, Choices.Stock];

    /// <summary>Classifies the line by the named set, or by the host's preference list.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="population">The population.</param>
    /// <param name="preference">The host's preferred sets, in order.</param>
    /// <returns>The facts and the indicator of the deciding set.</returns>
    public static (ImmutableArray<Fact> Facts, Indicator? Indicator) Classify(HerdScope scope, Population population, ImmutableArray<string> preference)
    {
        var explicitSet = scope.Has(HerdParameters.ScaleStandard);
        ImmutableArray<string> sets;
        if (explicitSet)
        {
            if (!scope.TryChoice(HerdParameters.ScaleStandard, [], out var named))
            {
                return ([], null);
            }

            sets = [named];
        }
        else
        {
            sets = preference;
        }

        var facts = ImmutableArray.CreateBuilder<Fact>();
        var reasons = new List<(string Zh, string En)>();
        Indicator? indicator = null;
        foreach (var set in sets)
        {
            var outcome = ClassifySet(scope, population, set, explicitSet, reasons);
            if (outcome is null)
            {
                continue;
            }

            facts.Add(new Fact(LivestockFactKeys.ScaleClassPrefix + set, FactValue.Of(outcome.Value.Class), scope.AmountPath));
            if (indicator is null)
            {
                facts.Add(new Fact(LivestockFactKeys.ScaleClass, FactValue.Of(outcome.Value.Class), scope.AmountPath));
                facts.Add(new Fact(LivestockFactKeys.ScaleStandard, FactValue.Of(set), explicitSet ? scope.PathOf(HerdParameters.ScaleStandard) : null));
                indicator = outcome.Value.Indicator;
            }
        }

        if (indicator is null && !scope.HasErrors)
        {
            scope.Info(LivestockDiagnosticCodes.ScaleClassUnavailable, scope.PathOf(HerdParameters.Category),
                $"没有适用的规模标准可判定{scope.Category.Name.Zh}的养殖规模（已尝试：{string.Join("、", sets)}），未给出 livestock.scale-class。" + string.Concat(reasons.Select(r => r.Zh)),
                $"No applicable scale standard classifies {scope.Category.Name.En} (tried: {string.Join(", ", sets)}); livestock.scale-class is not reported." + string.Concat(reasons.Select(r => " " + r.En)));
        }

        return (facts.ToImmutable(), indicator);
    }

    private static (string Class, Indicator Indicator)? ClassifySet(HerdScope scope, Population population, string set, bool explicitSet, List<(string Zh, string En)> reasons)
    {
        var path = explicitSet ? scope.PathOf(HerdParameters.ScaleStandard) : scope.PathOf(HerdParameters.Category);
        DateOnly? on = scope.Context.AsOf;
        if (!TryFind(scope, set, on, out var scale, out var key, out var metric))
        {
            on = null;
            if (!explicitSet)
            {
                if (TryFind(scope, set, null, out _, out _, out _))
                {
                    var date = scope.Context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    reasons.Add(($"规模标准 {set} 在评审日 {date} 不在有效期内。", $"The scale standard {set} is not in force on the review date {date}."));
                }

                return null;
            }

            if (!TryFind(scope, set, null, out scale, out key, out metric))
            {
                if (scope.Data.ScaleStandards.Contains(set, StringComparer.Ordinal))
                {
                    scope.Warning(LivestockDiagnosticCodes.ScaleClassUnavailable, path,
                        $"规模标准 {set} 没有{scope.Category.Name.Zh}的规模门槛，未给出 livestock.scale-class。",
                        $"The scale standard {set} has no threshold for {scope.Category.Name.En}; livestock.scale-class is not reported.");
                }
                else
                {
                    scope.Error(LivestockDiagnosticCodes.UnknownScaleStandard, path,
                        $"未知的规模标准“{set}”（或其中没有{scope.Category.Name.Zh}）。内置：{string.Join("、", scope.Data.ScaleStandards)}；地方标准可作为数据加载。",
                        $"Unknown scale standard '{set}' (or it has no threshold for {scope.Category.Name.En}). Shipped: {string.Join(", ", scope.Data.ScaleStandards)}; provincial standards may be loaded as data.");
                }

                return null;
            }

            scope.Warning(LivestockDiagnosticCodes.ScaleStandardNotInForce, path,
                $"规模标准 {set} 在评审日 {scope.Context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 不在有效期内（{scale.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"} 起），按项目指定仍使用。",
                $"The scale standard {set} is not in force on the review date {scope.Context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (from {scale.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"}); used because the project names it.");
        }

        var variant = Series.With(set, metric);
        scope.Context.Factors.TryResolve(scope.Query(Series.Subject(key), FactorParameters.HouseholdThreshold, variant) with { On = on }, out var household);
        foreach (var record in household is null ? [scale] : new[] { scale, household })
        {
            if (record.Status == DataStatus.Unconfirmed)
            {
                scope.Warning(LivestockDiagnosticCodes.UnconfirmedFactorUsed, path,
                    $"规模判定使用了未核实的门槛 {record.Id} = {record.Value.ToString("R", CultureInfo.InvariantCulture)} {record.Unit}（{record.Source}）。",
                    $"The scale class uses the UNCONFIRMED threshold {record.Id} = {record.Value.ToString("R", CultureInfo.InvariantCulture)} {record.Unit} ({record.Source}).");
            }
        }

        if (!TryHeadOnMetric(scope, population, metric, out var head, out var terms, out var note))
        {
            reasons.Add((
                $"规模标准 {set} 按年出栏数给出门槛，而该行按存栏填写且未给出 daysAlive（用于换算出栏数）。",
                $"The scale standard {set} gives the threshold in head sold per year; the line gives head on hand without daysAlive to convert it."));
            return null;
        }

        if (!scope.TryTerm(scale, "N_scale", HerdUnits.Head, path, out var scaleTerm))
        {
            return null;
        }

        Term? householdTerm = null;
        if (household is not null && !scope.TryTerm(household, "N_household", HerdUnits.Head, path, out householdTerm))
        {
            return null;
        }

        var cls = head >= scaleTerm.Value ? Choices.ScaleClass.ScaleFarm
            : householdTerm is not null && head >= householdTerm.Value ? Choices.ScaleClass.SpecialisedHousehold
            : Choices.ScaleClass.BelowScale;
        var trace = new TraceBuilder().Add(terms).Add(scaleTerm);
        if (householdTerm is not null)
        {
            trace.Add(householdTerm);
        }

        trace.Note(note).Note(
            $"规模标准 {set}，指标 {metric}（{(metric == Choices.Sold ? "出栏" : "存栏")}）；类别 {cls}：N_compared 达到规模门槛 N_scale 为 scale-farm，达到专业户门槛 N_household 为 specialised-household，否则为 below-scale。",
            $"Scale standard {set}, metric {metric} ({(metric == Choices.Sold ? "head sold per year" : "head on hand")}); class {cls}: scale-farm when N_compared ≥ the scale threshold N_scale, specialised-household when ≥ the household threshold N_household, else below-scale.");
        var indicator = new Indicator("livestock.scale-head", new LocalizedText("规模判定头数（" + set + "）", "head compared with the scale threshold (" + set + ")"),
            head, HerdUnits.Head, trace.Build("class = N_compared ≥ N_scale ? scale-farm : N_compared ≥ N_household ? specialised-household : below-scale"));
        return (cls, indicator);
    }

    private static bool TryFind(HerdScope scope, string set, DateOnly? on, out FactorRecord record, out string key, out string metric)
    {
        foreach (var k in scope.Category.ScaleKeys)
        {
            foreach (var m in Metrics)
            {
                if (scope.Context.Factors.TryResolve(scope.Query(Series.Subject(k), FactorParameters.ScaleThreshold, Series.With(set, m)) with { On = on }, out record))
                {
                    key = k;
                    metric = m;
                    return true;
                }
            }
        }

        record = null!;
        key = metric = string.Empty;
        return false;
    }

    private static bool TryHeadOnMetric(HerdScope scope, Population population, string metric, out double head, out ImmutableArray<Term> terms, out LocalizedText? note)
    {
        var given = new Term("N_given", population.HeadGiven, HerdUnits.Head, InputOrigin.Project, scope.AmountPath);
        if (metric == population.Basis)
        {
            head = population.HeadGiven;
            terms = [given with { Symbol = "N_compared" }];
            note = new LocalizedText("N_compared：按填写的头数。", "N_compared: the head count as given.");
            return true;
        }

        if (metric == Choices.Stock)
        {
            // 出栏 line against a 存栏 threshold: the annual average population is the average head on hand.
            head = population.Average;
            terms = [.. population.Terms, new Term("N_compared", head, HerdUnits.Head, InputOrigin.Derived)];
            note = new LocalizedText("N_compared：以年平均饲养量 N = days × N_sold / 365 作为存栏数。", "N_compared: annual average population N = days × N_sold / 365 as head on hand.");
            return true;
        }

        if (scope.Has(HerdParameters.DaysAlive) && PopulationReader.TryReadDaysAlive(scope, out var days))
        {
            // 存栏 line against a 出栏 threshold: head sold per year = head on hand × 365 / days alive (Eq. 10.1 inverted).
            head = population.HeadGiven * Formulas.DaysPerYear / days.Value;
            terms = [given, days, new Term("N_compared", head, HerdUnits.Head, InputOrigin.Derived)];
            note = new LocalizedText(
                "N_compared = N_given × 365 / days：由存栏数按 IPCC 公式 10.1 反推为年出栏数。",
                "N_compared = N_given × 365 / days: head on hand converted to head sold per year with IPCC Eq. 10.1 inverted.");
            return true;
        }

        head = 0;
        terms = [];
        note = null;
        return false;
    }
}
