using System.Collections.Immutable;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning.Evaluation;

/// <summary>The two quantitative rule shapes: emission offsets (bottom line) and capacity replacement.</summary>
internal sealed partial class RuleEvaluator
{
    // Project pollutant amounts are t/a; de-minimis amounts and secured offsets are read as t/a quantities whose
    // canonical unit is t/d. The same 1/365 scale the unit parser applies to "a".
    private const double PerYear = 1.0 / 365;

    private static readonly Dimension PerDay = Dimension.OfMass / Dimension.OfTime;

    private static string RatioText(double ratio, bool strict) => (strict ? ">" : string.Empty) + N(ratio) + ":1";

    /// <summary>倍量削减替代: the offsets each pollutant needs under this rule (ratio by region status and sector, de minimis).</summary>
    private RuleOutcome Offsets(RuleResult r, OffsetSpec spec)
    {
        var rule = r.Rule;
        bool anyUnknown = false, anyLine = false, anyFail = false;
        foreach (var p in spec.Pollutants)
        {
            var amount = _subject.PollutantTonnes(p);
            if (amount is not { } a)
            {
                if (!r.Missing.Contains("pollutants"))
                {
                    r.Missing.Add("pollutants");
                }

                anyUnknown = true;
                continue;
            }

            r.Evidence.Add(new EvidenceReport("pollutant('" + p + "')", N(a.Tonnes) + " t/a", a.Path is null ? EvidenceSource.NotEmitted : EvidenceSource.ProjectAt(a.Path)));
            if (a.Tonnes <= 0)
            {
                continue;
            }

            OffsetRatio? chosen = null;
            var undecided = false;
            foreach (var entry in spec.Ratios.Where(e => e.Pollutants.Contains(p)))
            {
                if (entry.When is null)
                {
                    chosen = entry;
                    break;
                }

                var v = Run(entry.When, r);
                if (v.IsUnknown)
                {
                    r.Missing.AddRange(entry.When.Names(v.Missing).Where(n => !r.Missing.Contains(n)));
                    undecided = true;
                    break;
                }

                if (v.Boolean)
                {
                    chosen = entry;
                    break;
                }
            }

            if (undecided)
            {
                anyUnknown = true;
                continue;
            }

            if (chosen is null)
            {
                continue;
            }

            anyLine = true;
            var dm = spec.DeMinimis.GetValueOrDefault(p);
            var applied = dm is not null && ExpressionCompiler.Compare(a.Tonnes * PerYear, dm.Amount.Value) <= 0;
            var required = applied ? 0 : a.Tonnes * chosen.Ratio;
            var citation = Cite(chosen.Citation ?? rule.Citation);
            var status = chosen.Status == DataStatus.Unconfirmed || dm?.Status == DataStatus.Unconfirmed ? DataStatus.Unconfirmed : chosen.Status;
            var ratioText = RatioText(chosen.Ratio, chosen.Strict);
            var condition = applied ? null : new LocalizedText(
                $"{p}：须按 {ratioText} 实施削减替代，落实替代削减量{(chosen.Strict ? "大于" : "不少于")} {N(required)} t/a（本项目新增 {N(a.Tonnes)} t/a）。",
                $"{p}: offset at {ratioText}: secure {(chosen.Strict ? "more than" : "at least")} {N(required)} t/a of reductions (the project adds {N(a.Tonnes)} t/a).");
            r.Offsets.Add(new OffsetLine(rule.Id, p, a.Tonnes, chosen.Ratio, chosen.Strict, dm?.Text, applied, required, status.ToName(), citation, r.Advisory) { Condition = condition });
            if (condition is null)
            {
                r.Evidence.Add(new EvidenceReport("deMinimis('" + p + "')", dm!.Text, EvidenceSource.Rule(dm.Status.ToName())));
                continue;
            }

            r.Conditions.Add(("offset", condition));

            var key = "offsets." + p.ToLowerInvariant();
            if (_pack.Facts.TryGetValue(key, out var def) && def.Type == ExprType.Of(PerDay))
            {
                var secured = _subject.ProjectFact(key, def.Type);
                if (!secured.IsUnknown)
                {
                    r.Evidence.Add(new EvidenceReport("facts." + key, N(secured.Number / PerYear) + " t/a", _subject.FactOrigin(key)));
                    var c = ExpressionCompiler.Compare(secured.Number, required * PerYear);
                    if (c < 0 || (chosen.Strict && c == 0))
                    {
                        anyFail = true;
                        r.Message = new LocalizedText(
                            $"{p} 已落实的替代削减量 {N(secured.Number / PerYear)} t/a 不足：须{(chosen.Strict ? "大于" : "不少于")} {N(required)} t/a。",
                            $"The secured {p} offsets of {N(secured.Number / PerYear)} t/a are not enough: {(chosen.Strict ? "more than" : "at least")} {N(required)} t/a are needed.");
                    }
                }
            }
        }

        if (anyFail)
        {
            return RuleOutcome.Fail;
        }

        if (anyUnknown)
        {
            r.Message = NeedsText(r.Missing);
            return RuleOutcome.NeedsInformation;
        }

        return anyLine ? RuleOutcome.Pass : RuleOutcome.NotApplicable;
    }

    /// <summary>产能置换: the retired capacity must reach the minimum ratio for the region class and source class.</summary>
    private RuleOutcome Replacement(RuleResult r, CapacityReplacementSpec spec)
    {
        var rule = r.Rule;
        var capacityValue = Fact(r, spec.CapacityFact, ExprType.Of(PerDay), v => N(v.Number) + " t/d");
        if (capacityValue.IsUnknown)
        {
            r.Missing.Add("facts." + spec.CapacityFact);
            r.Message = NeedsText(r.Missing);
            return RuleOutcome.NeedsInformation;
        }

        var capacity = capacityValue.Number;
        if (capacity <= 0)
        {
            return RuleOutcome.NotApplicable;
        }

        var key = _subject.KeyRegion;
        r.Evidence.Add(new EvidenceReport("region.keyRegion", key.Format(ExprType.Boolean), EvidenceSource.Region(_pack.Id)));
        bool? keyRegion = key.IsUnknown ? null : key.Boolean;

        var restrictedValue = Fact(r, spec.RestrictedFact, ExprType.Of(PerDay), v => N(v.Number) + " t/d");
        var classes = Fact(r, spec.ClassesFact, ExprType.TextList, v => "[" + string.Join(", ", v.List.Select(x => "'" + x + "'")) + "]");
        bool? restricted = (!restrictedValue.IsUnknown && restrictedValue.Number > 0) || (!classes.IsUnknown && classes.List.Contains("restricted"))
            ? true
            : !restrictedValue.IsUnknown || !classes.IsUnknown ? false : null;

        var provinces = Fact(r, spec.ProvincesFact, ExprType.TextList, v => "[" + string.Join(", ", v.List.Select(x => "'" + x + "'")) + "]");
        var county = _subject.Region.Counties.Count > 0 ? _subject.Region.Counties[0] : null;
        bool? cross = provinces.IsUnknown || county is null ? null : provinces.List.Any(x => x != RegionView.Province(county));

        double? provided = null;
        var replaced = Fact(r, spec.ReplacementFact, ExprType.Of(PerDay), v => N(v.Number) + " t/d");
        if (!replaced.IsUnknown)
        {
            provided = replaced.Number;
        }
        else
        {
            var ratio = Fact(r, spec.RatioFact, ExprType.Number, v => N(v.Number));
            if (!ratio.IsUnknown)
            {
                provided = ratio.Number * capacity;
            }
        }

        // Every reading of the unknown classifications: the requirement is decided if they all agree on the outcome.
        var required = new List<(double Ratio, ReplacementRatio Entry)>();
        foreach (var k in keyRegion is { } kr ? [kr] : new[] { false, true })
        {
            foreach (var rs in restricted is { } rv ? [rv] : new[] { false, true })
            {
                foreach (var cp in cross is { } cv ? [cv] : new[] { false, true })
                {
                    var region = k ? "key-region" : "non-key";
                    var entries = spec.Ratios.Where(e => (e.RegionClass == "any" || e.RegionClass == region)
                        && (e.SourceClass == "normal" || (e.SourceClass == "restricted" && rs) || (e.SourceClass == "cross-province" && cp))).ToList();
                    if (entries.Count > 0)
                    {
                        var max = entries.MaxBy(e => e.MinRatio)!;
                        required.Add((max.MinRatio, max));
                    }
                }
            }
        }

        var regionClass = keyRegion is null ? "unknown" : keyRegion.Value ? "key-region" : "non-key";
        var sourceClass = restricted is null || cross is null ? "unknown" : restricted.Value ? "restricted" : cross.Value ? "cross-province" : "normal";
        if (required.Count == 0)
        {
            return RuleOutcome.NotApplicable;
        }

        var low = required.MinBy(x => x.Ratio);
        var high = required.MaxBy(x => x.Ratio);
        var decided = ExpressionCompiler.Compare(low.Ratio, high.Ratio) == 0;
        RuleOutcome outcome;
        if (provided is not { } pv)
        {
            r.Missing.Add("facts." + spec.ReplacementFact);
            outcome = RuleOutcome.NeedsInformation;
        }
        else if (ExpressionCompiler.Compare(pv, capacity * high.Ratio) >= 0)
        {
            outcome = RuleOutcome.Pass;
        }
        else if (ExpressionCompiler.Compare(pv, capacity * low.Ratio) < 0)
        {
            outcome = RuleOutcome.Fail;
        }
        else
        {
            outcome = RuleOutcome.NeedsInformation;
            if (keyRegion is null)
            {
                r.Missing.Add("region.keyRegion");
            }

            if (restricted is null)
            {
                r.Missing.Add("facts." + spec.ClassesFact);
            }

            if (cross is null)
            {
                r.Missing.Add(county is null ? "project.adminCode" : "facts." + spec.ProvincesFact);
            }
        }

        var chosen = outcome == RuleOutcome.Fail ? low : high;
        double? requiredRatio = decided || outcome != RuleOutcome.NeedsInformation ? chosen.Ratio : null;
        var status = chosen.Entry.Status;
        r.Replacement = new CapacityReplacementReport(
            rule.Id,
            rule.Replacement!.Product,
            capacity,
            regionClass,
            sourceClass,
            requiredRatio,
            requiredRatio is { } rr ? capacity * rr : null,
            provided,
            provided is { } pr ? pr / capacity : null,
            outcome.Name(),
            status.ToName(),
            Cite(chosen.Entry.Citation ?? rule.Citation));

        if (outcome == RuleOutcome.Pass)
        {
            r.Conditions.Add(("capacity-replacement", new LocalizedText(
                $"产能置换：新增 {N(capacity)} t/d，须退出不少于 {N(capacity * chosen.Ratio)} t/d（{N(chosen.Ratio)}:1），本项目已落实 {N(provided!.Value)} t/d；被置换产能须按规定关停。",
                $"Capacity replacement: {N(capacity)} t/d new needs at least {N(capacity * chosen.Ratio)} t/d retired ({N(chosen.Ratio)}:1); the project retires {N(provided!.Value)} t/d, which must be shut as required.")));
        }
        else if (outcome == RuleOutcome.Fail)
        {
            r.Message = new LocalizedText(
                rule.Message.Zh + $"（新增 {N(capacity)} t/d，须置换不少于 {N(capacity * chosen.Ratio)} t/d，即 {N(chosen.Ratio)}:1；本项目仅 {N(provided!.Value)} t/d。）",
                rule.Message.En + $" ({N(capacity)} t/d new needs at least {N(capacity * chosen.Ratio)} t/d retired, {N(chosen.Ratio)}:1; the project retires {N(provided!.Value)} t/d.)");
        }
        else if (outcome == RuleOutcome.NeedsInformation)
        {
            r.Message = NeedsText(r.Missing);
        }

        return outcome;
    }

    /// <summary>Reads a fact for a quantitative rule and records it as evidence.</summary>
    private Value Fact(RuleResult r, string key, ExprType type, Func<Value, string> format)
    {
        var v = _subject.ProjectFact(key, type);
        r.Evidence.Add(new EvidenceReport("facts." + key, v.IsUnknown ? "unknown" : format(v), _subject.FactOrigin(key)));
        return v;
    }
}
