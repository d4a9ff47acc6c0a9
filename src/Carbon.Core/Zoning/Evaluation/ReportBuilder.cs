using System.Collections.Immutable;
using System.Globalization;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Zoning.Model;

namespace Carbon.Zoning.Evaluation;

/// <summary>
/// Turns rule results into the zoning section: units, zones, results, offsets (strictest per pollutant),
/// capacity replacement, conditions, advisories and the verdict.
/// Verdict order: prohibited (an enforced prohibit/restrict rule failed) › needs-information (an enforced rule is
/// undecided, or the site is not located) › conditional (offsets, obligations, unmet requirements, manual reviews) › allowed.
/// </summary>
internal static class ReportBuilder
{
    public static ZoningReport Build(ZoningPack pack, ZoningSubject subject, List<RuleResult> results)
    {
        var content = pack.Content;
        var site = subject.Site;
        var located = site.Units.Length > 0;
        var (offsets, strictestLines) = MergeOffsets(results.Where(r => !r.Advisory));
        var conditions = new List<ZoningConditionReport>();
        foreach (var line in strictestLines.Where(l => l.Condition is not null))
        {
            conditions.Add(new ZoningConditionReport(line.RuleId, "offset", Msg(line.Condition!)));
        }

        // Capacity replacement: only the strictest passing requirement per product is a condition.
        var strictest = results.Where(r => !r.Advisory && r.Replacement is { Outcome: "pass" })
            .GroupBy(r => r.Replacement!.Product, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Replacement!.RequiredRatio ?? 0).First())
            .ToHashSet();
        foreach (var r in results.Where(r => !r.Advisory && r.Rule.Effect != RuleEffect.Advise))
        {
            foreach (var (kind, text) in r.Conditions.Where(c => c.Kind != "offset" && (c.Kind != "capacity-replacement" || strictest.Contains(r))))
            {
                if (!conditions.Exists(c => c.RuleId == r.Rule.Id && c.Kind == kind && c.Text.En == text.En))
                {
                    conditions.Add(new ZoningConditionReport(r.Rule.Id, kind, Msg(text)));
                }
            }
        }

        var advisories = new List<ZoningConditionReport>();
        foreach (var r in results.Where(r => r.Advisory || r.Rule.Effect == RuleEffect.Advise))
        {
            if (r.Outcome is RuleOutcome.Fail or RuleOutcome.NeedsInformation or RuleOutcome.ManualReview && r.Message is not null)
            {
                advisories.Add(new ZoningConditionReport(r.Rule.Id, r.Outcome == RuleOutcome.ManualReview ? "manual-review" : r.Outcome.Name(), Msg(r.Message)));
            }

            foreach (var (kind, text) in r.Conditions.Where(c => c.Kind != "manual-review"))
            {
                advisories.Add(new ZoningConditionReport(r.Rule.Id, kind, Msg(text)));
            }
        }

        var missing = results.Where(r => !r.Advisory && r.Rule.Effect != RuleEffect.Advise && r.Outcome == RuleOutcome.NeedsInformation)
            .SelectMany(r => r.Missing).Distinct(StringComparer.Ordinal).ToList();
        if (site.Geometry is null && !missing.Contains("location"))
        {
            missing.Insert(0, "location");
        }

        var centre = site.Centre;
        return new ZoningReport(
            new ZoningPackReport(content.Id, content.Version, Msg(content.Title), content.Sample, content.Notice is null ? null : Msg(content.Notice), pack.Enforcement.Name()),
            Verdict(results, located, includeAdvisory: false, conditions.Count > 0),
            Verdict(results, located, includeAdvisory: true, conditions.Count > 0 || advisories.Exists(a => a.Kind is "offset" or "obligation" or "capacity-replacement" or "requirement" or "manual-review")),
            new ZoningSiteReport(site.Type, centre?.X, centre?.Y, site.AreaSquareMetres is { } a ? ReportNumber.Clean(a) : null, located, [.. subject.Region.Counties]),
            [.. site.Units.Select(i => Unit(content.Units[i]))],
            [.. site.Zones.Select(i => Zone(content, content.Zones[i]))],
            [.. results.Select(Result)],
            offsets,
            [.. results.Where(r => r.Replacement is not null).Select(r => r.Replacement!)],
            [.. conditions],
            [.. advisories],
            [.. missing]);
    }

    private static MessageReport Msg(LocalizedText t) => new(t.Zh, t.En);

    private static string Verdict(List<RuleResult> results, bool located, bool includeAdvisory, bool hasConditions)
    {
        var counted = results.Where(r => (includeAdvisory || !r.Advisory) && r.Rule.Effect != RuleEffect.Advise).ToList();
        if (counted.Exists(r => r.Outcome == RuleOutcome.Fail && r.Rule.Effect is RuleEffect.Prohibit or RuleEffect.Restrict))
        {
            return "prohibited";
        }

        if (!located || counted.Exists(r => r.Outcome == RuleOutcome.NeedsInformation))
        {
            return "needs-information";
        }

        if (hasConditions || counted.Exists(r => r.Outcome == RuleOutcome.ManualReview || (r.Outcome == RuleOutcome.Fail && r.Rule.Effect == RuleEffect.Require)))
        {
            return "conditional";
        }

        return "allowed";
    }

    private static (ImmutableArray<ZoningOffsetReport> Offsets, List<OffsetLine> Lines) MergeOffsets(IEnumerable<RuleResult> enforced)
    {
        var lines = enforced.Where(r => r.Outcome is RuleOutcome.Pass or RuleOutcome.Fail).SelectMany(r => r.Offsets).ToList();
        var result = ImmutableArray.CreateBuilder<ZoningOffsetReport>();
        var chosen = new List<OffsetLine>();
        foreach (var group in lines.GroupBy(l => l.Pollutant, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The strictest rule wins (the larger required amount; on a tie the first in level order).
            var best = group.First();
            foreach (var l in group.Skip(1))
            {
                if (l.RequiredTonnes > best.RequiredTonnes || (l.RequiredTonnes == best.RequiredTonnes && l.Strict && !best.Strict))
                {
                    best = l;
                }
            }

            chosen.Add(best);
            result.Add(new ZoningOffsetReport(
                best.RuleId,
                best.Pollutant,
                ReportNumber.Clean(best.ProjectTonnes),
                best.Ratio,
                (best.Strict ? ">" : string.Empty) + best.Ratio.ToString("G12", CultureInfo.InvariantCulture) + ":1",
                best.DeMinimis,
                best.DeMinimisApplied,
                ReportNumber.Clean(best.RequiredTonnes),
                best.Status,
                best.Citation,
                [.. group.Where(l => !ReferenceEquals(l, best)).Select(l => l.RuleId).Distinct(StringComparer.Ordinal)]));
        }

        return (result.ToImmutable(), chosen);
    }

    private static ZoningUnitReport Unit(ControlUnit u)
    {
        var (zh, en) = u.Category.Describe();
        return new ZoningUnitReport(u.Code, Msg(u.Name), (int)u.Category, new MessageReport(zh, en), u.SubType, u.AdminCode,
            new ZoningUnitTextReport(u.Text.SpatialLayout, u.Text.PollutantDischarge, u.Text.EnvironmentalRisk, u.Text.ResourceEfficiency));
    }

    private static ZoningZoneReport Zone(PackContent content, Zone z)
    {
        ControlSectionReport? section = null;
        if (z.SectionId is not null && content.Sections.TryGetValue(z.SectionId, out var s))
        {
            section = new ControlSectionReport(s.Id, Msg(s.Name), s.TargetClass, s.CurrentClass, s.MeetsTarget, s.Year);
        }

        return new ZoningZoneReport(z.Id, z.Kind, Msg(z.Name), z.LegalCategory, z.SubClass, section);
    }

    private static ZoningRuleResultReport Result(RuleResult r)
    {
        var rule = r.Rule;
        return new ZoningRuleResultReport(
            rule.Id,
            Msg(rule.Title),
            rule.Level.Name(),
            r.Unit?.Code,
            rule.Dimension.Name(),
            rule.LocalDimensionLabel ?? rule.Dimension.Chinese(),
            rule.Effect.Name(),
            r.Advisory ? "advisory" : "enforce",
            rule.Status.ToName(),
            r.Outcome.Name(),
            RuleEvaluator.Cite(rule.Citation),
            [.. r.Evidence],
            [.. r.Missing],
            r.Message is null ? null : Msg(r.Message),
            [.. r.Via]);
    }
}
