using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Carbon.Projects;
using Carbon.Review.DataReading;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Review.Regimes;

/// <summary>
/// Reads the review regimes file (<c>review/regimes.json</c>, format in docs/methodology/review.md). Every problem
/// becomes a diagnostic (CB59xx) with the JSON Pointer; nothing is thrown for bad data.
/// </summary>
internal static class RegimeCatalogReader
{
    /// <summary>The tiers a regime of each kind may give.</summary>
    internal static readonly ImmutableArray<string> ReviewerTiers = ["provincial", "delegated", "exempt", "national"];

    /// <summary>The document types of Order 6.</summary>
    internal static readonly ImmutableArray<string> DocumentTiers = ["report", "report-form", "registration-form"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a regimes file.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="catalog">The catalogue when there were no errors.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <returns>True when read without errors.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out RegimeCatalog? catalog, out ImmutableArray<Diagnostic> diagnostics)
    {
        catalog = null;
        var problems = new List<Diagnostic>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            diagnostics = [ReviewDiagnostics.DataNotJson(ex.Message)];
            return false;
        }

        using (document)
        {
            var r = new DataElementReader(problems);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics = [ReviewDiagnostics.DataMember(string.Empty, "(root)", "a JSON object")];
                return false;
            }

            var id = r.RequiredString(root, "id", string.Empty);
            var version = r.RequiredString(root, "version", string.Empty);
            var title = r.RequiredText(root, "title", string.Empty);
            var measures = ReadMeasures(root, r);
            var measureIds = measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var ruleIds = new HashSet<string>(StringComparer.Ordinal);
            var regimes = new List<ReviewRegime>();
            var regimeIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (e, path) in r.Items(root, "regimes", string.Empty, required: true))
            {
                var regime = ReadRegime(e, path, measureIds, ruleIds, r);
                if (regime is not null)
                {
                    if (!regimeIds.Add(regime.Id))
                    {
                        problems.Add(ReviewDiagnostics.DataDuplicate(path + "/id", regime.Id));
                    }

                    regimes.Add(regime);
                }
            }

            CheckOrder(regimes, r);
            var overrides = new List<ProvinceOverride>();
            foreach (var (e, path) in r.Items(root, "provinceOverrides", string.Empty, required: false))
            {
                var o = ReadOverride(e, path, regimeIds, measureIds, r);
                if (o is not null)
                {
                    overrides.Add(o);
                }
            }

            diagnostics = [.. problems];
            if (r.HasErrors || id is null || version is null || title is null)
            {
                return false;
            }

            catalog = new RegimeCatalog(id, version, title, Convert.ToHexString(SHA256.HashData(utf8Json)).ToLowerInvariant(), measures, [.. regimes], [.. overrides]);
            return true;
        }
    }

    private static ImmutableArray<ReviewMeasure> ReadMeasures(JsonElement root, DataElementReader r)
    {
        var result = ImmutableArray.CreateBuilder<ReviewMeasure>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (e, path) in r.Items(root, "measures", string.Empty, required: true))
        {
            var id = r.RequiredString(e, "id", path);
            var name = r.RequiredText(e, "name", path);
            var unit = r.RequiredString(e, "unit", path);
            if (unit is not null && !QuantityParser.TryParseUnit(unit, out _, out _))
            {
                r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/unit", unit, "a unit Carbon reads (tce, kWh, t, m³)"));
                unit = null;
            }

            var kindText = r.RequiredString(e, "kind", path);
            MeasureKind? kind = kindText switch
            {
                "comprehensive-energy" => MeasureKind.ComprehensiveEnergy,
                "electricity" => MeasureKind.Electricity,
                "carriers" => MeasureKind.Carriers,
                _ => null,
            };
            if (kindText is not null && kind is null)
            {
                r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/kind", kindText, "comprehensive-energy, electricity, carriers"));
            }

            var carriers = r.Strings(e, "carriers", path);
            if (kind == MeasureKind.Carriers && carriers.IsEmpty)
            {
                r.Problems.Add(ReviewDiagnostics.DataMember(path + "/carriers", "carriers", "a non-empty array of carrier ids"));
            }

            var interpretation = r.OptionalText(e, "interpretation", path);
            var note = r.OptionalText(e, "note", path);
            if (id is not null && !ids.Add(id))
            {
                r.Problems.Add(ReviewDiagnostics.DataDuplicate(path + "/id", id));
            }

            if (id is not null && name is not null && unit is not null && kind is not null)
            {
                result.Add(new ReviewMeasure(id, name, unit, kind.Value, carriers, interpretation, note));
            }
        }

        return result.ToImmutable();
    }

    private static ReviewRegime? ReadRegime(JsonElement e, string path, HashSet<string> measures, HashSet<string> ruleIds, DataElementReader r)
    {
        var id = r.RequiredString(e, "id", path);
        var instrument = r.RequiredText(e, "instrument", path);
        var issued = ReadBoundary(e, "issued", path, r, dateRequired: false);
        var from = ReadBoundary(e, "effectiveFrom", path, r, dateRequired: true);
        var to = ReadBoundary(e, "effectiveTo", path, r, dateRequired: false);
        var source = r.Citation(e, "source", path, null);
        var status = r.RequiredStatus(e, "status", path);
        var tierKindText = r.RequiredString(e, "tierKind", path);
        TierKind? tierKind = tierKindText switch { "reviewer" => TierKind.Reviewer, "document" => TierKind.Document, _ => null };
        if (tierKindText is not null && tierKind is null)
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/tierKind", tierKindText, "reviewer, document"));
        }

        var tiers = tierKind == TierKind.Document ? DocumentTiers : ReviewerTiers;
        var basis = ReadBasis(e, path, r);
        var increment = ReadIncrement(e, path, r);
        var rules = ImmutableArray.CreateBuilder<RegimeRule>();
        foreach (var (re, rp) in r.Items(e, "rules", path, required: true))
        {
            var rule = ReadRule(re, rp, source, measures, tiers, r);
            if (rule is not null)
            {
                if (!ruleIds.Add(rule.Id))
                {
                    r.Problems.Add(ReviewDiagnostics.DataDuplicate(rp + "/id", rule.Id));
                }

                rules.Add(rule);
            }
        }

        OtherwiseRule? otherwise = null;
        if (e.TryGetProperty("otherwise", out var oe))
        {
            var tier = ReadTier(oe, path + "/otherwise", tiers, r);
            var ostatus = r.RequiredStatus(oe, "status", path + "/otherwise");
            var owording = r.RequiredText(oe, "wording", path + "/otherwise");
            var osource = r.Citation(oe, "source", path + "/otherwise", source);
            if (tier is not null && ostatus is not null && owording is not null && osource is not null)
            {
                otherwise = new OtherwiseRule(tier, ostatus.Value, owording, osource);
            }
        }
        else
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/otherwise", "otherwise", "the rule that applies when no other rule holds"));
        }

        var constraints = ImmutableArray.CreateBuilder<RegimeConstraint>();
        foreach (var (ce, cp) in r.Items(e, "constraints", path, required: false))
        {
            var cid = r.RequiredString(ce, "id", cp);
            var fact = r.RequiredString(ce, "fact", cp);
            var tier = ReadTier(ce, cp, tiers, r);
            var cstatus = r.RequiredStatus(ce, "status", cp);
            var cwording = r.RequiredText(ce, "wording", cp);
            var csource = r.Citation(ce, "source", cp, source);
            if (cid is not null && fact is not null && tier is not null && cstatus is not null && cwording is not null && csource is not null)
            {
                constraints.Add(new RegimeConstraint(cid, fact, tier, cstatus.Value, cwording, csource));
            }
        }

        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        foreach (var (ne, np) in r.Items(e, "notes", path, required: false))
        {
            var text = r.TextValue(ne, np, "notes[]");
            if (text is not null)
            {
                notes.Add(text);
            }
        }

        if (id is null || instrument is null || issued is null || from is null || to is null || source is null || status is null || tierKind is null
            || basis is null || increment is null || otherwise is null)
        {
            return null;
        }

        return new ReviewRegime
        {
            Id = id,
            Instrument = instrument,
            Issued = issued,
            EffectiveFrom = from,
            EffectiveTo = to,
            Source = source,
            Status = status.Value,
            TierKind = tierKind.Value,
            ElectricityBasis = basis,
            Increment = increment,
            Rules = rules.ToImmutable(),
            Otherwise = otherwise,
            Constraints = constraints.ToImmutable(),
            Notes = notes.ToImmutable(),
        };
    }

    private static DatedBoundary? ReadBoundary(JsonElement e, string name, string path, DataElementReader r, bool dateRequired)
    {
        if (!e.TryGetProperty(name, out var b) || b.ValueKind != JsonValueKind.Object)
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "an object {date, status}"));
            return null;
        }

        var p = path + "/" + name;
        var date = r.NullableDate(b, "date", p, out var ok);
        if (ok && dateRequired && date is null)
        {
            r.Problems.Add(ReviewDiagnostics.DataDate(p + "/date"));
            ok = false;
        }

        var status = r.RequiredStatus(b, "status", p);
        var note = r.OptionalText(b, "note", p);
        return ok && status is not null ? new DatedBoundary(date, status.Value, note) : null;
    }

    private static ElectricityBasisRule? ReadBasis(JsonElement e, string path, DataElementReader r)
    {
        if (!e.TryGetProperty("electricityBasis", out var b) || b.ValueKind != JsonValueKind.Object)
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/electricityBasis", "electricityBasis", "an object {basis, status, wording}"));
            return null;
        }

        var p = path + "/electricityBasis";
        var basis = r.RequiredString(b, "basis", p);
        if (basis is not null and not ("equivalent" or "equal"))
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(p + "/basis", basis, "equivalent, equal"));
            basis = null;
        }

        var status = r.RequiredStatus(b, "status", p);
        var wording = r.RequiredText(b, "wording", p);
        return basis is not null && status is not null && wording is not null ? new ElectricityBasisRule(basis, status.Value, wording) : null;
    }

    private static IncrementRule? ReadIncrement(JsonElement e, string path, DataElementReader r)
    {
        if (!e.TryGetProperty("increment", out var b) || b.ValueKind != JsonValueKind.Object)
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/increment", "increment", "an object {rule, status, …}"));
            return null;
        }

        var p = path + "/increment";
        var ruleText = r.RequiredString(b, "rule", p);
        IncrementRuleKind? kind = ruleText switch
        {
            "increment-for-natures" => IncrementRuleKind.IncrementForNatures,
            "not-established" => IncrementRuleKind.NotEstablished,
            _ => null,
        };
        if (ruleText is not null && kind is null)
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(p + "/rule", ruleText, "increment-for-natures, not-established"));
        }

        var natures = r.Strings(b, "natures", p);
        foreach (var n in natures)
        {
            if (!ProjectNatureNames.TryParse(n, out _))
            {
                r.Problems.Add(ReviewDiagnostics.DataChoice(p + "/natures", n, "new, rebuild, expansion, technical-upgrade, relocation"));
            }
        }

        if (kind == IncrementRuleKind.IncrementForNatures && natures.IsEmpty)
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(p + "/natures", "natures", "a non-empty array of project natures"));
        }

        var unchanged = r.OptionalBoolean(b, "requiresSiteProcessEquipmentUnchanged", p) ?? false;
        var status = r.RequiredStatus(b, "status", p);
        var wording = r.OptionalText(b, "wording", p);
        var interpretation = r.OptionalText(b, "interpretation", p);
        var note = r.OptionalText(b, "note", p);
        return kind is not null && status is not null ? new IncrementRule(kind.Value, natures, unchanged, status.Value, wording, interpretation, note) : null;
    }

    private static string? ReadTier(JsonElement e, string path, ImmutableArray<string> tiers, DataElementReader r)
    {
        var tier = r.RequiredString(e, "tier", path);
        if (tier is not null && !tiers.Contains(tier))
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/tier", tier, string.Join(", ", tiers)));
            return null;
        }

        return tier;
    }

    private static RegimeRule? ReadRule(JsonElement e, string path, SourceCitation? regimeSource, HashSet<string> measures, ImmutableArray<string> tiers, DataElementReader r)
    {
        var id = r.RequiredString(e, "id", path);
        var tier = ReadTier(e, path, tiers, r);
        var matchText = r.RequiredString(e, "match", path);
        RuleMatch? match = matchText switch { "fact" => RuleMatch.Fact, "all" => RuleMatch.All, "any" => RuleMatch.Any, _ => null };
        if (matchText is not null && match is null)
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/match", matchText, "fact, all, any"));
        }

        var wording = r.RequiredText(e, "wording", path);
        var source = r.Citation(e, "source", path, regimeSource);
        string? fact = null;
        DataStatus? status = DataStatus.Confirmed;
        var conditions = ImmutableArray.CreateBuilder<ThresholdCondition>();
        if (match == RuleMatch.Fact)
        {
            fact = r.RequiredString(e, "fact", path);
            status = r.RequiredStatus(e, "status", path);
        }
        else if (match is not null)
        {
            foreach (var (ce, cp) in r.Items(e, "conditions", path, required: true))
            {
                var c = ReadCondition(ce, cp, source, measures, r);
                if (c is not null)
                {
                    conditions.Add(c);
                }
            }

            if (conditions.Count == 0)
            {
                r.Problems.Add(ReviewDiagnostics.DataMember(path + "/conditions", "conditions", "a non-empty array of thresholds"));
                return null;
            }

            // A threshold rule is as strong as its weakest threshold.
            status = conditions.Max(c => c.Status);
        }

        if (id is null || tier is null || match is null || wording is null || source is null || status is null || (match == RuleMatch.Fact && fact is null))
        {
            return null;
        }

        return new RegimeRule(id, tier, match.Value, fact, conditions.ToImmutable(), status.Value, wording, source);
    }

    private static ThresholdCondition? ReadCondition(JsonElement e, string path, SourceCitation? ruleSource, HashSet<string> measures, DataElementReader r)
    {
        var id = r.RequiredString(e, "id", path);
        var measure = r.RequiredString(e, "measure", path);
        if (measure is not null && !measures.Contains(measure))
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/measure", measure, string.Join(", ", measures.Order(StringComparer.Ordinal))));
            measure = null;
        }

        var comparisonText = r.RequiredString(e, "comparison", path);
        LimitComparisonKind? comparison = comparisonText switch { "at-least" => LimitComparisonKind.AtLeast, "below" => LimitComparisonKind.Below, _ => null };
        if (comparisonText is not null && comparison is null)
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/comparison", comparisonText, "at-least, below"));
        }

        var limit = r.RequiredNumber(e, "limit", path);
        if (limit is < 0)
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/limit", "limit", "a number ≥ 0"));
            limit = null;
        }

        var status = r.RequiredStatus(e, "status", path);
        var wording = r.RequiredText(e, "wording", path);
        var source = r.Citation(e, "source", path, ruleSource);
        return id is not null && measure is not null && comparison is not null && limit is not null && status is not null && wording is not null && source is not null
            ? new ThresholdCondition(id, measure, comparison.Value, limit.Value, status.Value, wording, source)
            : null;
    }

    private static void CheckOrder(List<ReviewRegime> regimes, DataElementReader r)
    {
        for (var i = 0; i < regimes.Count; i++)
        {
            var current = regimes[i];
            if (current.EffectiveTo.Date is { } to && to < current.EffectiveFrom.Date!.Value)
            {
                r.Problems.Add(ReviewDiagnostics.DataOverlap(current.Id, "终止日早于施行日", "it ends before it starts"));
            }

            if (i == 0)
            {
                continue;
            }

            var previous = regimes[i - 1];
            if (previous.EffectiveTo.Date is not { } end || end >= current.EffectiveFrom.Date!.Value)
            {
                r.Problems.Add(ReviewDiagnostics.DataOverlap(
                    current.Id,
                    "必须在前一办法（" + previous.Id + "）终止后施行；请按时间先后、互不重叠地排列",
                    "it must start after the previous regime (" + previous.Id + ") ends; list regimes oldest first without overlap"));
            }
        }
    }

    private static ProvinceOverride? ReadOverride(JsonElement e, string path, HashSet<string> regimes, HashSet<string> measures, DataElementReader r)
    {
        var id = r.RequiredString(e, "id", path);
        var regime = r.RequiredString(e, "regime", path);
        if (regime is not null && !regimes.Contains(regime))
        {
            r.Problems.Add(ReviewDiagnostics.DataChoice(path + "/regime", regime, string.Join(", ", regimes.Order(StringComparer.Ordinal))));
            regime = null;
        }

        var code = r.RequiredString(e, "provinceCode", path);
        if (code is not null && (code.Length != 2 || !code.All(char.IsAsciiDigit)))
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/provinceCode", "provinceCode", "the two leading digits of a GB/T 2260 code, e.g. \"43\""));
            code = null;
        }

        var province = r.RequiredText(e, "province", path);
        var status = r.RequiredStatus(e, "status", path);
        var source = r.Citation(e, "source", path, null);
        var note = r.OptionalText(e, "note", path);
        var bands = ImmutableArray.CreateBuilder<OverrideBand>();
        foreach (var (be, bp) in r.Items(e, "bands", path, required: true))
        {
            var level = r.RequiredString(be, "level", bp);
            var measure = r.RequiredString(be, "measure", bp);
            if (measure is not null && !measures.Contains(measure))
            {
                r.Problems.Add(ReviewDiagnostics.DataChoice(bp + "/measure", measure, string.Join(", ", measures.Order(StringComparer.Ordinal))));
                measure = null;
            }

            var atLeast = r.RequiredNumber(be, "atLeast", bp);
            var below = r.NullableNumber(be, "below", bp, out var belowOk);
            var authority = r.RequiredText(be, "authority", bp);
            var wording = r.RequiredText(be, "wording", bp);
            if (atLeast is { } lo && below is { } hi && hi <= lo)
            {
                r.Problems.Add(ReviewDiagnostics.DataMember(bp + "/below", "below", "a number above atLeast"));
                belowOk = false;
            }

            if (level is not null && measure is not null && atLeast is not null && belowOk && authority is not null && wording is not null)
            {
                bands.Add(new OverrideBand(level, measure, atLeast.Value, below, authority, wording));
            }
        }

        return id is not null && regime is not null && code is not null && province is not null && status is not null && source is not null
            ? new ProvinceOverride(id, regime, code, province, status.Value, source, bands.ToImmutable(), note)
            : null;
    }
}
