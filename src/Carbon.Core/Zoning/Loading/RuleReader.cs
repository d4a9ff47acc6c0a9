using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Data;
using Carbon.Energy;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning.Loading;

/// <summary>
/// Reads the <c>rules</c> of a pack: binding, requirement (compiled and type-checked now), parameters, offsets,
/// capacity replacement, references and citation. Checks that every reference exists and that none loops.
/// </summary>
internal sealed class RuleReader
{
    private readonly PackReader _pack;
    private readonly FrozenSet<string> _zoneKinds;
    private readonly FrozenSet<string> _zoneIds;
    private readonly FrozenSet<string> _unitCodes;
    private readonly ExpressionLimits _limits;
    private readonly FrozenSet<string> _carriers;
    private readonly string _zoneKindsText;

    public RuleReader(PackReader pack, FrozenSet<string> zoneKinds, FrozenSet<string> zoneIds, FrozenSet<string> unitCodes)
    {
        _pack = pack;
        _zoneKinds = zoneKinds;
        _zoneIds = zoneIds;
        _unitCodes = unitCodes;
        _limits = new ExpressionLimits(pack.Limits.MaxExpressionLength, pack.Limits.MaxExpressionDepth, pack.Limits.MaxExpressionNodes);
        _zoneKindsText = string.Join(", ", zoneKinds.Order(StringComparer.Ordinal));
        _carriers = CarrierCatalog.Read(CoreData.ReadResource(typeof(CoreData).Assembly, "Carbon.Data.carriers.json")).Carriers
            .Select(c => c.Id).ToFrozenSet(StringComparer.Ordinal);
    }

    private List<Sdk.Diagnostics.Diagnostic> D => _pack.Diagnostics;

    public ImmutableArray<ZoningRule> ReadAll(PackObject root)
    {
        var rules = new List<ZoningRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in root.Objects("rules", _pack.Limits.MaxRules))
        {
            var rule = Read(o);
            if (rule is null)
            {
                continue;
            }

            if (!seen.Add(rule.Id))
            {
                D.Add(ZoningDiagnostics.Duplicate(o.At("id"), "rule", rule.Id));
                continue;
            }

            rules.Add(rule);
        }

        var ids = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var r in rules)
        {
            foreach (var (reference, i) in r.References.Select((x, i) => (x, i)))
            {
                if (!ids.ContainsKey(reference))
                {
                    D.Add(ZoningDiagnostics.UnknownReference(JsonPointer.Index(r.Path + "/references", i), "rule", reference));
                }
            }
        }

        foreach (var r in rules)
        {
            var chain = new List<string>();
            if (Loops(r.Id, ids, chain, []))
            {
                D.Add(ZoningDiagnostics.Cycle(r.Path + "/references", string.Join(" → ", chain)));
                break;
            }
        }

        // Level order (national → unit), then file order: OrderBy is stable.
        return [.. rules.OrderBy(r => r.Level)];
    }

    private static bool Loops(string id, Dictionary<string, ZoningRule> rules, List<string> chain, HashSet<string> onPath)
    {
        chain.Add(id);
        if (!onPath.Add(id))
        {
            return true;
        }

        if (rules.TryGetValue(id, out var rule))
        {
            foreach (var next in rule.References)
            {
                if (Loops(next, rules, chain, onPath))
                {
                    return true;
                }
            }
        }

        onPath.Remove(id);
        chain.RemoveAt(chain.Count - 1);
        return false;
    }

    private ZoningRule? Read(PackObject o)
    {
        var id = o.String("id", required: true);
        var title = o.Text("title", required: true);
        var levelText = o.String("level", required: true);
        var level = RuleLevel.National;
        if (levelText is not null && !ZoningNames.TryParse(levelText, out level))
        {
            D.Add(ZoningDiagnostics.BadValue(o.At("level"), levelText, "national, province, city, county, category, unit"));
            levelText = null;
        }

        var dimensionText = o.String("dimension", required: true);
        var dimension = AccessDimension.SpatialLayout;
        if (dimensionText is not null && !ZoningNames.TryParse(dimensionText, out dimension))
        {
            D.Add(ZoningDiagnostics.BadValue(o.At("dimension"), dimensionText, "spatial-layout, pollutant-discharge, environmental-risk, resource-efficiency"));
            dimensionText = null;
        }

        var label = o.String("localDimensionLabel");
        var effectText = o.String("effect", required: true);
        var effect = RuleEffect.Advise;
        if (effectText is not null && !ZoningNames.TryParse(effectText, out effect))
        {
            D.Add(ZoningDiagnostics.BadValue(o.At("effect"), effectText, "prohibit, restrict, require, advise"));
            effectText = null;
        }

        EnforcementMode? enforcement = null;
        var enforcementText = o.String("enforcement");
        if (enforcementText is not null)
        {
            if (ZoningNames.TryParse(enforcementText, out EnforcementMode e))
            {
                enforcement = e;
            }
            else
            {
                D.Add(ZoningDiagnostics.BadValue(o.At("enforcement"), enforcementText, "enforce, advisory"));
            }
        }

        if (!o.TryGet("status", out _))
        {
            D.Add(ZoningDiagnostics.Missing(o.At("status"), "status"));
        }

        var status = _pack.Status(o, DataStatus.Unconfirmed);
        var ruleId = id ?? "?";
        var binding = ReadBinding(o.Object("binding"), o.Path, ruleId, level, levelText is not null);
        var citation = ReadCitation(o.Object("citation", required: true));
        var (parameters, slots) = ReadParameters(o, status);
        var overrides = ReadOverrides(o, parameters, level);
        var scope = new CompileScope
        {
            Facts = _pack.Facts,
            IsZoneReference = s => _zoneKinds.Contains(s) || _zoneIds.Contains(s),
            ZoneKindsText = _zoneKindsText,
            Parameters = slots,
            Carriers = _carriers,
            Limits = _limits,
        };
        var when = Expression(o, "when", ruleId, scope);
        var require = Expression(o, "require", ruleId, scope);
        var manual = o.Text("manualReview");
        var obligation = o.Text("obligation");
        var message = o.Text("message", required: true);
        var references = o.Strings("references", 100);
        var offset = ReadOffset(o.Object("offset"), ruleId, scope, status);
        var replacement = ReadReplacement(o.Object("capacityReplacement"), status);
        var original = o.String("originalText");
        o.Skip("note");
        o.ReportUnknown();

        if (id is not null && require is null && manual is null && obligation is null && offset is null && replacement is null && references.IsEmpty
            && effect is RuleEffect.Require or RuleEffect.Advise && !o.TryGet("require", out _))
        {
            D.Add(ZoningDiagnostics.NothingToCheck(o.Path, id));
        }

        if (id is null || title is null || levelText is null || dimensionText is null || effectText is null || citation is null || message is null || binding is null)
        {
            return null;
        }

        var usesUnconfirmed = status == DataStatus.Unconfirmed
            || parameters.Any(p => p.Status == DataStatus.Unconfirmed)
            || (offset is not null && (offset.Ratios.Any(r => r.Status == DataStatus.Unconfirmed) || offset.DeMinimis.Values.Any(x => x.Status == DataStatus.Unconfirmed)))
            || (replacement is not null && replacement.Ratios.Any(r => r.Status == DataStatus.Unconfirmed));

        return new ZoningRule
        {
            Id = id,
            Title = title,
            Level = level,
            Dimension = dimension,
            LocalDimensionLabel = label,
            Effect = effect,
            Enforcement = enforcement,
            Status = status,
            Binding = binding,
            When = when,
            Require = require,
            ManualReview = manual,
            Obligation = obligation,
            Message = message,
            Citation = citation,
            Parameters = parameters,
            ParameterOverrides = overrides,
            References = references,
            Offset = offset,
            Replacement = replacement,
            OriginalText = original,
            UsesUnconfirmed = usesUnconfirmed,
            Path = o.Path,
        };
    }

    private CompiledExpression? Expression(PackObject o, string member, string ruleId, CompileScope scope)
    {
        var text = o.String(member);
        if (text is null)
        {
            return null;
        }

        var compiled = ExpressionCompiler.Compile(text, scope, requireBoolean: true, out var error);
        if (error is not null)
        {
            D.Add(ZoningDiagnostics.Expression(o.At(member), ruleId, member, error));
        }

        return compiled;
    }

    private RuleBinding? ReadBinding(PackObject? b, string rulePath, string ruleId, RuleLevel level, bool levelKnown)
    {
        if (b is null)
        {
            if (levelKnown && level is RuleLevel.Category or RuleLevel.Unit)
            {
                D.Add(ZoningDiagnostics.BindingMissing(rulePath + "/binding", ruleId, level.Name(), level == RuleLevel.Unit ? "units" : "unitCategories"));
                return null;
            }

            return RuleBinding.Empty;
        }

        var units = b.Strings("units", 100_000);
        foreach (var (u, i) in units.Select((u, i) => (u, i)).Where(x => !_unitCodes.Contains(x.u)))
        {
            D.Add(ZoningDiagnostics.UnknownReference(JsonPointer.Index(b.At("units"), i), "unit", u));
        }

        var categories = ImmutableArray.CreateBuilder<UnitCategory>();
        foreach (var (item, path) in b.Array("unitCategories", 3))
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var c) && c is >= 1 and <= 3)
            {
                categories.Add((UnitCategory)c);
            }
            else
            {
                D.Add(ZoningDiagnostics.BadValue(path, item.GetRawText(), "1, 2, 3"));
            }
        }

        var subTypes = b.Strings("unitSubTypes", 100);
        var industries = b.Strings("industries", 1000);
        foreach (var (code, i) in industries.Select((c, i) => (c, i)))
        {
            if (code.Length is < 1 or > 5 || !char.IsAsciiLetterUpper(code[0]) || !code.Skip(1).All(char.IsAsciiDigit))
            {
                D.Add(ZoningDiagnostics.BadValue(JsonPointer.Index(b.At("industries"), i), code, "a GB/T 4754 code or prefix such as C, C30, C3011"));
            }
        }

        var sectors = b.Strings("sectors", 100);
        foreach (var (s, i) in sectors.Select((s, i) => (s, i)).Where(x => !_pack.Sectors.Any(d => d.Id == x.s)))
        {
            D.Add(ZoningDiagnostics.UnknownReference(JsonPointer.Index(b.At("sectors"), i), "sector", s));
        }

        var natures = ImmutableArray.CreateBuilder<ProjectNature>();
        foreach (var (n, i) in b.Strings("natures", 10).Select((n, i) => (n, i)))
        {
            if (ProjectNatureNames.TryParse(n, out var nature))
            {
                natures.Add(nature);
            }
            else
            {
                D.Add(ZoningDiagnostics.BadValue(JsonPointer.Index(b.At("natures"), i), n, "new, rebuild, expansion, technical-upgrade, relocation"));
            }
        }

        var admins = b.Strings("adminCodes", 10_000);
        foreach (var (a, i) in admins.Select((a, i) => (a, i)).Where(x => x.a.Length != 6 || !x.a.All(char.IsAsciiDigit)))
        {
            D.Add(ZoningDiagnostics.BadValue(JsonPointer.Index(b.At("adminCodes"), i), a, "6-digit GB/T 2260 codes"));
        }

        b.ReportUnknown();
        if (level == RuleLevel.Unit && units.IsEmpty)
        {
            D.Add(ZoningDiagnostics.BindingMissing(b.Path, ruleId, "unit", "units"));
            return null;
        }

        if (level == RuleLevel.Category && categories.Count == 0 && subTypes.IsEmpty)
        {
            D.Add(ZoningDiagnostics.BindingMissing(b.Path, ruleId, "category", "unitCategories"));
            return null;
        }

        return new RuleBinding(units, categories.ToImmutable(), subTypes, industries, sectors, natures.ToImmutable(), admins);
    }

    private RuleCitation? ReadCitation(PackObject? c)
    {
        if (c is null)
        {
            return null;
        }

        var documentId = _pack.DocumentRef(c);
        var document = c.String("document");
        var doc = documentId is null ? null : _pack.Documents.FirstOrDefault(d => d.Id == documentId);
        var number = c.String("number") ?? doc?.Number;
        var clause = c.String("clause");
        var clauseRef = c.String("clauseRef");
        var url = c.String("url") ?? doc?.Url;
        var edition = c.String("edition") ?? doc?.Version;
        c.ReportUnknown();
        document ??= doc?.Title.Zh;
        if (document is null)
        {
            D.Add(ZoningDiagnostics.Missing(c.At("document"), "document"));
            return null;
        }

        return new RuleCitation(documentId, document, number, clause, clauseRef, url, edition);
    }

    private (ImmutableArray<RuleParameter>, Dictionary<string, ParameterSlot>) ReadParameters(PackObject o, DataStatus ruleStatus)
    {
        var list = ImmutableArray.CreateBuilder<RuleParameter>();
        var slots = new Dictionary<string, ParameterSlot>(StringComparer.Ordinal);
        if (!o.TryGet("parameters", out var p))
        {
            return (list.ToImmutable(), slots);
        }

        if (p.ValueKind != JsonValueKind.Object)
        {
            D.Add(ZoningDiagnostics.WrongType(o.At("parameters"), "parameters", "an object"));
            return (list.ToImmutable(), slots);
        }

        foreach (var member in p.EnumerateObject())
        {
            var path = JsonPointer.Member(o.At("parameters"), member.Name);
            var valueElement = member.Value;
            var status = ruleStatus;
            RuleCitation? citation = null;
            if (valueElement.ValueKind == JsonValueKind.Object)
            {
                var po = new PackObject(valueElement, path, D);
                po.TryGet("value", out valueElement);
                if (valueElement.ValueKind == JsonValueKind.Undefined)
                {
                    D.Add(ZoningDiagnostics.Missing(po.At("value"), "value"));
                }

                status = _pack.Status(po, ruleStatus);
                citation = ReadCitation(po.Object("citation"));
                po.Skip("note");
                po.ReportUnknown();
                path = po.At("value");
            }

            var parsed = ParameterValue(valueElement, path);
            if (parsed is null)
            {
                continue;
            }

            var (type, value, text) = parsed.Value;
            slots[member.Name] = new ParameterSlot(list.Count, type);
            list.Add(new RuleParameter(member.Name, type, value, text, status, citation));
        }

        return (list.ToImmutable(), slots);
    }

    private (ExprType Type, Value Value, string Text)? ParameterValue(JsonElement v, string path)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                return (ExprType.Boolean, Value.Of(v.GetBoolean()), v.GetBoolean() ? "true" : "false");
            case JsonValueKind.Number when v.TryGetDouble(out var d) && double.IsFinite(d):
                return (ExprType.Number, Value.Of(d), v.GetRawText());
            case JsonValueKind.String:
                {
                    var s = v.GetString()!;
                    return QuantityParser.TryParse(s, out var q, out _, out _)
                        ? (ExprType.Of(q.Dimension), Value.Of(q.Value), s)
                        : (ExprType.Text, Value.Of(s), s);
                }

            case JsonValueKind.Array when v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String):
                {
                    var items = v.EnumerateArray().Select(x => x.GetString()!).ToImmutableArray();
                    return (ExprType.TextList, Value.Of(items), "[" + string.Join(", ", items) + "]");
                }

            case JsonValueKind.Undefined:
                return null;
            default:
                D.Add(ZoningDiagnostics.WrongType(path, "parameter", "a quantity string (\"500 m\"), a number, true/false, a string or an array of strings"));
                return null;
        }
    }

    private ImmutableArray<ParameterOverride> ReadOverrides(PackObject o, ImmutableArray<RuleParameter> parameters, RuleLevel level)
    {
        var result = ImmutableArray.CreateBuilder<ParameterOverride>();
        foreach (var po in o.Objects("parameterOverrides", 10_000))
        {
            var units = po.Strings("units", 100_000);
            foreach (var u in units.Where(u => !_unitCodes.Contains(u)))
            {
                D.Add(ZoningDiagnostics.UnknownReference(po.At("units"), "unit", u));
            }

            if (!units.IsEmpty && level is not (RuleLevel.Category or RuleLevel.Unit))
            {
                D.Add(ZoningDiagnostics.BadValue(po.At("units"), string.Join(", ", units), "unit overrides only on category- or unit-level rules (use adminCodes for higher levels)"));
            }

            var admins = po.Strings("adminCodes", 10_000);
            var values = ImmutableArray.CreateBuilder<(int, Value, string)>();
            if (po.TryGet("values", out var vs) && vs.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in vs.EnumerateObject())
                {
                    var path = JsonPointer.Member(po.At("values"), member.Name);
                    var index = parameters.IndexOf(parameters.FirstOrDefault(p => p.Name == member.Name)!);
                    if (index < 0)
                    {
                        D.Add(ZoningDiagnostics.UnknownReference(path, "parameter", member.Name));
                        continue;
                    }

                    var parsed = ParameterValue(member.Value, path);
                    if (parsed is { } pv && pv.Type != parameters[index].Type)
                    {
                        D.Add(ZoningDiagnostics.BadQuantity(path, pv.Text, parameters[index].Text));
                        continue;
                    }

                    if (parsed is { } ok)
                    {
                        values.Add((index, ok.Value, ok.Text));
                    }
                }
            }
            else
            {
                D.Add(ZoningDiagnostics.Missing(po.At("values"), "values"));
            }

            po.ReportUnknown();
            result.Add(new ParameterOverride(units, admins, values.ToImmutable()));
        }

        return result.ToImmutable();
    }

    private OffsetSpec? ReadOffset(PackObject? o, string ruleId, CompileScope scope, DataStatus ruleStatus)
    {
        if (o is null)
        {
            return null;
        }

        var pollutants = Pollutants(o, "pollutants", required: true);
        var ratios = ImmutableArray.CreateBuilder<OffsetRatio>();
        foreach (var r in o.Objects("ratios", 100, required: true))
        {
            var covers = r.TryGet("pollutants", out _) ? Pollutants(r, "pollutants", required: false) : pollutants;
            var when = Expression(r, "when", ruleId, scope);
            var ratio = r.Number("ratio", required: true);
            if (ratio is <= 0)
            {
                D.Add(ZoningDiagnostics.BadValue(r.At("ratio"), ratio.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "a ratio above 0, e.g. 2 for 2:1"));
                ratio = null;
            }

            var strict = r.Boolean("strict") ?? false;
            var status = _pack.Status(r, ruleStatus);
            var citation = ReadCitation(r.Object("citation"));
            r.ReportUnknown();
            if (ratio is { } value)
            {
                ratios.Add(new OffsetRatio(covers, when, value, strict, status, citation));
            }
        }

        var deMinimis = ImmutableDictionary.CreateBuilder<string, DeMinimis>(StringComparer.Ordinal);
        var dmStatus = ruleStatus;
        var dm = o.Object("deMinimis");
        if (dm is not null)
        {
            dmStatus = _pack.Status(dm, ruleStatus);
            if (dm.TryGet("amounts", out var amounts) && amounts.ValueKind == JsonValueKind.Object)
            {
                var ao = new PackObject(amounts, dm.At("amounts"), D);
                foreach (var member in amounts.EnumerateObject())
                {
                    var p = FactCatalog.CanonicalPollutant(member.Name);
                    var q = ao.Quantity(member.Name, Dimension.OfMass / Dimension.OfTime, "3 t/a");
                    if (p is null)
                    {
                        D.Add(ZoningDiagnostics.BadValue(ao.At(member.Name), member.Name, string.Join(", ", FactCatalog.Pollutants.Order(StringComparer.Ordinal))));
                    }
                    else if (q is { } amount)
                    {
                        deMinimis[p] = new DeMinimis(p, amount.Quantity, amount.Text, dmStatus);
                    }
                }
            }
            else
            {
                D.Add(ZoningDiagnostics.Missing(dm.At("amounts"), "amounts"));
            }

            dm.Skip("citation");
            dm.ReportUnknown();
        }

        o.ReportUnknown();
        return pollutants.IsEmpty || ratios.Count == 0 ? null : new OffsetSpec(pollutants, ratios.ToImmutable(), deMinimis.ToImmutable());
    }

    private ImmutableArray<string> Pollutants(PackObject o, string name, bool required)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        var list = o.Strings(name, 20);
        if (required && list.IsEmpty)
        {
            D.Add(ZoningDiagnostics.Missing(o.At(name), name));
        }

        foreach (var p in list)
        {
            var canonical = FactCatalog.CanonicalPollutant(p);
            if (canonical is null)
            {
                D.Add(ZoningDiagnostics.BadValue(o.At(name), p, string.Join(", ", FactCatalog.Pollutants.Order(StringComparer.Ordinal))));
            }
            else
            {
                result.Add(canonical);
            }
        }

        return result.ToImmutable();
    }

    private CapacityReplacementSpec? ReadReplacement(PackObject? o, DataStatus ruleStatus)
    {
        if (o is null)
        {
            return null;
        }

        var product = o.String("product", required: true);
        var capacityFact = o.String("capacityFact") ?? "cement.clinker-capacity";
        var replacementFact = o.String("replacementFact") ?? "cement.replacement-capacity";
        var ratioFact = o.String("ratioFact") ?? "cement.replacement-ratio";
        var restrictedFact = o.String("restrictedFact") ?? "cement.replacement-restricted-capacity";
        var classesFact = o.String("classesFact") ?? "cement.replacement-classes";
        var provincesFact = o.String("provincesFact") ?? "cement.replacement-provinces";
        var perTime = ExprType.Of(Dimension.OfMass / Dimension.OfTime);
        CheckFact(o, "capacityFact", capacityFact, perTime);
        CheckFact(o, "replacementFact", replacementFact, perTime);
        CheckFact(o, "ratioFact", ratioFact, ExprType.Number);
        CheckFact(o, "restrictedFact", restrictedFact, perTime);
        CheckFact(o, "classesFact", classesFact, ExprType.TextList);
        CheckFact(o, "provincesFact", provincesFact, ExprType.TextList);
        var ratios = ImmutableArray.CreateBuilder<ReplacementRatio>();
        foreach (var r in o.Objects("ratios", 100, required: true))
        {
            var region = r.String("regionClass") ?? "any";
            if (region is not ("key-region" or "non-key" or "any"))
            {
                D.Add(ZoningDiagnostics.BadValue(r.At("regionClass"), region, "key-region, non-key, any"));
            }

            var source = r.String("sourceClass") ?? "normal";
            if (source is not ("normal" or "restricted" or "cross-province"))
            {
                D.Add(ZoningDiagnostics.BadValue(r.At("sourceClass"), source, "normal, restricted, cross-province"));
            }

            var min = r.Number("minRatio", required: true);
            var status = _pack.Status(r, ruleStatus);
            var citation = ReadCitation(r.Object("citation"));
            r.ReportUnknown();
            if (min is > 0)
            {
                ratios.Add(new ReplacementRatio(region, source, min.Value, status, citation));
            }
        }

        o.ReportUnknown();
        return product is null || ratios.Count == 0 ? null : new CapacityReplacementSpec(product, capacityFact, replacementFact, ratioFact, restrictedFact, classesFact, provincesFact, ratios.ToImmutable());
    }

    private void CheckFact(PackObject o, string member, string key, ExprType type)
    {
        if (!_pack.Facts.TryGetValue(key, out var fact))
        {
            D.Add(ZoningDiagnostics.UnknownReference(o.At(member), "fact", key));
        }
        else if (fact.Type != type)
        {
            D.Add(ZoningDiagnostics.BadValue(o.At(member), key, "a fact of type " + type.Describe()));
        }
    }
}
