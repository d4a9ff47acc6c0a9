using System.Globalization;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning.Evaluation;

/// <summary>
/// Gathers the rules that apply to a located site — national → province → city → county → unit category → unit,
/// following references between levels — and evaluates each to pass, fail, not-applicable, needs-information or
/// manual-review with the facts used, the facts missing and the clause.
/// </summary>
internal sealed partial class RuleEvaluator
{
    private readonly PackContent _pack;
    private readonly ZoningSubject _subject;
    private readonly EvalContext _ctx;
    private readonly EnforcementMode _mode;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<(string RuleId, string? Unit), RuleResult> _done = [];
    private readonly HashSet<(string RuleId, string? Unit)> _inProgress = [];

    public RuleEvaluator(PackContent pack, ZoningSubject subject, EnforcementMode mode, List<Diagnostic> diagnostics)
    {
        _pack = pack;
        _subject = subject;
        _ctx = new EvalContext(subject);
        _mode = mode;
        _diagnostics = diagnostics;
    }

    private static string N(double v) => v.ToString("G12", CultureInfo.InvariantCulture);

    /// <summary>Evaluates every rule in scope; results in level order, then file order, then unit order.</summary>
    public List<RuleResult> EvaluateAll()
    {
        // Rules above the unit level, plus the rows of the units the site lies in: a site never visits other units' rows.
        var candidates = new SortedSet<int>(_pack.AreaRules);
        foreach (var u in _subject.Site.Units)
        {
            if (_pack.UnitRules.TryGetValue(_pack.Units[u].Code, out var rows))
            {
                candidates.UnionWith(rows);
            }
        }

        var ordered = new List<RuleResult>();
        var seen = new HashSet<RuleResult>();
        foreach (var index in candidates)
        {
            var rule = _pack.Rules[index];
            foreach (var unit in Contexts(rule))
            {
                var result = Evaluate(rule, unit);
                if (seen.Add(result))
                {
                    ordered.Add(result);
                }
            }
        }

        // Rules reached only through references (e.g. a province rule a unit row refers to) join in level order.
        ordered.AddRange(_done.Values.Where(r => !seen.Contains(r)).OrderBy(r => _pack.RuleIndex[r.Rule.Id]).ThenBy(r => r.Unit?.Code, StringComparer.Ordinal));
        var stable = ordered
            .Select((r, i) => (r, i))
            .OrderBy(x => x.r.Rule.Level)
            .ThenBy(x => x.i)
            .Select(x => x.r)
            .ToList();
        // One CB6204 per rule; a set, not a scan of the diagnostics per rule (that was quadratic in the rule count).
        HashSet<string>? warned = null;
        foreach (var r in stable.Where(r => r.Rule.UsesUnconfirmed && r.Outcome != RuleOutcome.NotApplicable))
        {
            warned ??= [.. _diagnostics.Where(d => d.Code == "CB6204").Select(d => d.Path)];
            var warning = ZoningDiagnostics.UnconfirmedRule(r.Rule.Id, r.Rule.Citation.ClauseRef ?? r.Rule.Citation.Document);
            if (warned.Add(warning.Path))
            {
                _diagnostics.Add(warning);
            }
        }

        return stable;
    }

    /// <summary>The unit contexts a rule is evaluated in: one (null) above the category level, else each matching unit.</summary>
    private IEnumerable<ControlUnit?> Contexts(ZoningRule rule)
    {
        var b = rule.Binding;
        if (!b.AdminCodes.IsEmpty && !_subject.Region.Counties.Any(c => b.AdminCodes.Any(a => RegionView.Covers(a, c))))
        {
            // Bound to other regions of the pack: out of scope for this site.
            yield break;
        }

        if (rule.Level is RuleLevel.Province or RuleLevel.City or RuleLevel.County && !_subject.InTerritory)
        {
            // A local rule of another jurisdiction: a site outside the pack's units is not bound by it.
            yield break;
        }

        if (rule.Level < RuleLevel.Category)
        {
            yield return null;
            yield break;
        }

        foreach (var i in _subject.Site.Units)
        {
            var u = _pack.Units[i];
            var matches = rule.Level == RuleLevel.Unit
                ? b.Units.Contains(u.Code)
                : (b.UnitCategories.IsEmpty || b.UnitCategories.Contains(u.Category)) && (b.UnitSubTypes.IsEmpty || (u.SubType is not null && b.UnitSubTypes.Contains(u.SubType)));
            if (matches && (b.Units.IsEmpty || b.Units.Contains(u.Code)))
            {
                yield return u;
            }
        }
    }

    private bool IsAdvisory(ZoningRule rule) => _mode == EnforcementMode.Advisory || rule.Enforcement == EnforcementMode.Advisory || rule.UsesUnconfirmed;

    private RuleResult Evaluate(ZoningRule rule, ControlUnit? unit)
    {
        var key = (rule.Id, rule.Level >= RuleLevel.Category ? unit?.Code : null);
        if (_done.TryGetValue(key, out var done))
        {
            return done;
        }

        var result = new RuleResult { Rule = rule, Unit = rule.Level >= RuleLevel.Category ? unit : null, Advisory = IsAdvisory(rule) };
        _inProgress.Add(key);
        Decide(result, unit);
        _inProgress.Remove(key);
        _done[key] = result;
        return result;
    }

    private void Decide(RuleResult r, ControlUnit? unit)
    {
        var rule = r.Rule;
        if (!Bound(r))
        {
            return;
        }

        _ctx.Parameters = ParameterValues(rule, unit);
        if (rule.When is not null)
        {
            var when = Run(rule.When, r);
            if (when.IsUnknown)
            {
                NeedsInformation(r, rule.When, when);
                return;
            }

            if (!when.Boolean)
            {
                r.Outcome = RuleOutcome.NotApplicable;
                return;
            }
        }

        RuleOutcome? own = null;
        if (rule.Offset is not null)
        {
            own = Offsets(r, rule.Offset);
        }
        else if (rule.Replacement is not null)
        {
            own = Replacement(r, rule.Replacement);
        }
        else if (rule.Require is not null)
        {
            var v = Run(rule.Require, r);
            if (v.IsUnknown)
            {
                NeedsInformation(r, rule.Require, v);
                own = RuleOutcome.NeedsInformation;
            }
            else
            {
                own = v.Boolean ? RuleOutcome.Pass : RuleOutcome.Fail;
            }
        }
        else if (rule.ManualReview is not null)
        {
            own = RuleOutcome.ManualReview;
        }
        else if (rule.References.IsEmpty)
        {
            // No requirement to meet: a prohibition or restriction that applies is breached by the project itself;
            // a requirement or advice that applies becomes its obligation.
            own = rule.Effect is RuleEffect.Prohibit or RuleEffect.Restrict ? RuleOutcome.Fail : RuleOutcome.Pass;
        }

        var outcome = own ?? RuleOutcome.NotApplicable;
        foreach (var reference in rule.References)
        {
            if (!_pack.RulesById.TryGetValue(reference, out var target))
            {
                continue;
            }

            var refKey = (target.Id, target.Level >= RuleLevel.Category ? unit?.Code : null);
            if (_inProgress.Contains(refKey))
            {
                continue;
            }

            var referenced = Evaluate(target, unit);
            if (!referenced.Via.Contains(rule.Id))
            {
                referenced.Via.Add(rule.Id);
            }

            r.Evidence.Add(new EvidenceReport("rule " + target.Id, referenced.Outcome.Name(), referenced.Advisory ? EvidenceSource.AdvisoryReference : EvidenceSource.Reference));
            if (referenced.Advisory && !r.Advisory)
            {
                // An advisory rule (e.g. UNCONFIRMED) does not become binding because an enforced rule refers to it.
                continue;
            }

            if (referenced.Outcome == RuleOutcome.NeedsInformation)
            {
                r.Missing.AddRange(referenced.Missing.Where(m => !r.Missing.Contains(m)));
            }

            if (RuleResult.Severity(referenced.Outcome) > RuleResult.Severity(outcome))
            {
                outcome = referenced.Outcome;
            }
        }

        r.Outcome = outcome;
        r.Message ??= outcome switch
        {
            RuleOutcome.Fail => rule.Message,
            RuleOutcome.ManualReview => rule.ManualReview ?? rule.Message,
            RuleOutcome.Pass => rule.Obligation,
            RuleOutcome.NeedsInformation => NeedsText(r.Missing),
            _ => null,
        };

        if (outcome == RuleOutcome.Pass && rule.Obligation is not null)
        {
            r.Conditions.Add(("obligation", rule.Obligation));
        }
        else if (outcome == RuleOutcome.ManualReview && own == RuleOutcome.ManualReview)
        {
            r.Conditions.Add(("manual-review", rule.ManualReview ?? rule.Message));
        }
        else if (outcome == RuleOutcome.Fail && rule.Effect == RuleEffect.Require && own == RuleOutcome.Fail)
        {
            r.Conditions.Add(("requirement", rule.Message));
        }
    }

    private static LocalizedText NeedsText(List<string> missing) => new(
        "需补充以下信息后才能判定：" + string.Join("、", missing) + "。",
        "Cannot be decided until these are given: " + string.Join(", ", missing) + ".");

    private static void NeedsInformation(RuleResult r, CompiledExpression e, Value v)
    {
        r.Outcome = RuleOutcome.NeedsInformation;
        foreach (var name in e.Names(v.Missing).Where(n => !r.Missing.Contains(n)))
        {
            r.Missing.Add(name);
        }

        if (v.Missing == 0 && r.Missing.Count == 0)
        {
            r.Missing.Add("(" + e.Text + ")");
        }

        r.Message = NeedsText(r.Missing);
    }

    /// <summary>Checks the binding's project filters; a mismatch is not-applicable, an unknown is needs-information.</summary>
    private bool Bound(RuleResult r)
    {
        var b = r.Rule.Binding;
        var p = _subject.Project;
        if (!b.Natures.IsEmpty)
        {
            var ok = b.Natures.Contains(p.Nature);
            r.Evidence.Add(new EvidenceReport("project.nature", "'" + p.Nature.ToName() + "'", EvidenceSource.ProjectAt("/nature")));
            if (!ok)
            {
                r.Outcome = RuleOutcome.NotApplicable;
                return false;
            }
        }

        if (!b.Sectors.IsEmpty)
        {
            var ok = b.Sectors.Any(_subject.SectorList.Contains);
            r.Evidence.Add(new EvidenceReport("project.sectors", "[" + string.Join(", ", _subject.SectorList.Select(s => "'" + s + "'")) + "]", EvidenceSource.Sectors));
            if (!ok)
            {
                r.Outcome = RuleOutcome.NotApplicable;
                return false;
            }
        }

        if (!b.Industries.IsEmpty)
        {
            if (p.IndustryCodes.IsEmpty)
            {
                r.Missing.Add("project.industries");
                r.Outcome = RuleOutcome.NeedsInformation;
                r.Message = NeedsText(r.Missing);
                return false;
            }

            var ok = b.Industries.Any(prefix => p.IndustryCodes.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)));
            r.Evidence.Add(new EvidenceReport("project.industries", "[" + string.Join(", ", p.IndustryCodes.Select(s => "'" + s + "'")) + "]", EvidenceSource.ProjectAt("/industryCodes")));
            if (!ok)
            {
                r.Outcome = RuleOutcome.NotApplicable;
                return false;
            }
        }

        return true;
    }

    private Value[] ParameterValues(ZoningRule rule, ControlUnit? unit)
    {
        if (rule.Parameters.IsEmpty)
        {
            return [];
        }

        var values = rule.Parameters.Select(p => p.Value).ToArray();
        foreach (var o in rule.ParameterOverrides)
        {
            var applies = (unit is not null && o.Units.Contains(unit.Code))
                || (!o.AdminCodes.IsEmpty && _subject.Region.Counties.Any(c => o.AdminCodes.Any(a => RegionView.Covers(a, c))));
            if (applies)
            {
                foreach (var (index, value, _) in o.Values)
                {
                    values[index] = value;
                }
            }
        }

        return values;
    }

    /// <summary>Evaluates an expression and records the facts it read as evidence.</summary>
    private Value Run(CompiledExpression e, RuleResult r)
    {
        var v = e.Evaluate(_ctx);
        for (var i = 0; i < e.SlotNames.Length; i++)
        {
            if ((_ctx.ReadMask & (1UL << i)) == 0)
            {
                continue;
            }

            var name = e.SlotNames[i];
            if (r.Evidence.Exists(x => x.Name == name))
            {
                continue;
            }

            r.Evidence.Add(new EvidenceReport(name, _ctx.Reads[i].Format(e.SlotTypes[i]), Source(name, r.Rule)));
        }

        return v;
    }

    private MessageReport Source(string name, ZoningRule rule)
    {
        if (name.StartsWith("facts.", StringComparison.Ordinal))
        {
            return _subject.FactOrigin(name["facts.".Length..]);
        }

        if (name.StartsWith("params.", StringComparison.Ordinal))
        {
            var p = rule.Parameters.FirstOrDefault(x => "params." + x.Name == name);
            return EvidenceSource.RuleParameter(p?.Status.ToName());
        }

        return name switch
        {
            _ when name.StartsWith("site.", StringComparison.Ordinal) => EvidenceSource.Site(_pack.Id),
            _ when name.StartsWith("region.", StringComparison.Ordinal) => EvidenceSource.Region(_pack.Id),
            _ when name.StartsWith("energy.", StringComparison.Ordinal) || name.StartsWith("emissions.", StringComparison.Ordinal) => EvidenceSource.Engine,
            _ => EvidenceSource.Project,
        };
    }

    internal static CitationReport Cite(RuleCitation c) => new(c.Document, c.Number, c.Clause, c.ClauseRef, c.Url, c.Edition);
}
