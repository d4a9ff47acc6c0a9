using System.Collections.Immutable;
using System.Globalization;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning.Evaluation;

/// <summary>
/// What rules read about one project: its members, facts (project-declared first, then plugin-derived), energy and
/// emission results, pollutants, sectors, site and region. Built once per assessment; not shared between threads.
/// </summary>
internal sealed class ZoningSubject : IRuleSubject
{
    // Pollutant amounts in a project file are tonnes per year; rules compare them with t/a literals, whose
    // canonical unit is t/d. The same scale 1/365 that the unit parser applies to "a" (1 a = 365 d).
    private const double PerYear = 1.0 / 365;

    private readonly PackContent _pack;
    private readonly Project _project;
    private readonly ILookup<string, (Fact Fact, string Origin)> _facts;
    private readonly EnergyReport? _energy;
    private readonly EmissionsReport? _emissions;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Value Value, MessageReport Origin)> _factCache = new(StringComparer.Ordinal);

    public ZoningSubject(PackContent pack, Project project, IEnumerable<(Fact Fact, string Origin)> facts, EnergyReport? energy, EmissionsReport? emissions, SiteContext site, List<Diagnostic> diagnostics)
    {
        _pack = pack;
        _project = project;
        _facts = facts.ToLookup(f => f.Fact.Key, StringComparer.Ordinal);
        _energy = energy;
        _emissions = emissions;
        _diagnostics = diagnostics;
        Site = site;
        // The region is the county of the site's units. Without a location, the project's code (else the pack's);
        // located outside every unit, only the project's own code: the pack's region is not the site's.
        var counties = site.Units.Select(i => pack.Units[i].AdminCode).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var fallback = site.Geometry is null ? project.AdminCode ?? pack.AdminCode : project.AdminCode;
        if (counties.Count == 0 && fallback is not null)
        {
            counties.Add(fallback);
        }

        Region = new RegionView(pack, counties);
        InTerritory = site.Units.Length > 0 || (site.Geometry is null && (project.AdminCode is not { } code || CoversCode(pack, code)));
        SectorList = ComputeSectors();
    }

    public SiteContext Site { get; }

    /// <summary>
    /// Whether the site lies in the pack's jurisdiction (in one of its units; or, without a location, a project whose
    /// admin code the pack covers). Province, city and county rules apply only there; national rules everywhere.
    /// </summary>
    public bool InTerritory { get; }

    private static bool CoversCode(PackContent pack, string code)
    {
        var territory = pack.Units.Select(u => u.AdminCode).Append(pack.AdminCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return territory.Count == 0 || territory.Exists(t => RegionView.Covers(t, code) || RegionView.Covers(code, t));
    }

    public RegionView Region { get; }

    public Project Project => _project;

    public ImmutableArray<string> SectorList { get; }

    /// <summary>Where a fact read by <c>facts.*</c> came from, for evidence.</summary>
    public MessageReport FactOrigin(string key) => _factCache.TryGetValue(key, out var c) ? c.Origin : EvidenceSource.NotGiven;

    public Value ProjectFact(string key, ExprType type)
    {
        if (_factCache.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        var (value, origin) = ResolveFact(key, type);
        _factCache[key] = (value, origin);
        return value;
    }

    private (Value, MessageReport) ResolveFact(string key, ExprType type)
    {
        var all = _facts[key].ToList();
        if (all.Count == 0)
        {
            return (Value.Unknown(0), EvidenceSource.NotGiven);
        }

        // A project-declared fact wins: the project owner answers for it.
        var declared = all.FirstOrDefault(f => f.Origin == "project");
        var chosen = declared.Fact is not null ? [declared] : all;
        var values = new List<Value>();
        foreach (var (fact, origin) in chosen)
        {
            var v = Convert(fact.Value, type);
            if (v is null)
            {
                if (_warned.Add(key))
                {
                    _diagnostics.Add(ZoningDiagnostics.FactMismatch(fact.Path ?? "/facts/" + key, key, type.Describe()));
                }

                return (Value.Unknown(0), Origin(fact, origin));
            }

            values.Add(v.Value);
        }

        var first = chosen[0];
        if (values.Count == 1)
        {
            return (values[0], Origin(first.Fact, first.Origin));
        }

        var additive = _pack.Facts.TryGetValue(key, out var def) && def.Additive;
        if (additive && type.Kind == TypeKind.Quantity)
        {
            return (Value.Of(values.Sum(v => v.Number)), EvidenceSource.Sum(Origin(first.Fact, first.Origin), values.Count));
        }

        if (values.All(v => Same(v, values[0])))
        {
            return (values[0], Origin(first.Fact, first.Origin));
        }

        // Different activity lines disagree on a non-additive fact: do not pick one.
        return (Value.Unknown(0), EvidenceSource.Conflicting(Origin(first.Fact, first.Origin)));
    }

    private static MessageReport Origin(Fact fact, string origin) =>
        origin == "project" ? EvidenceSource.ProjectAt(fact.Path ?? "/facts/" + fact.Key) : EvidenceSource.Plugin(origin);

    private static bool Same(Value a, Value b) => a.Kind == b.Kind && a.Boolean == b.Boolean && a.Number.CompareTo(b.Number) == 0
        && string.Equals(a.Text, b.Text, StringComparison.Ordinal) && (a.Kind != ValueKind.TextList || a.List.SequenceEqual(b.List, StringComparer.Ordinal));

    private static Value? Convert(FactValue v, ExprType type) => type.Kind switch
    {
        TypeKind.Boolean when v.Kind == FactKind.Boolean => Value.Of(v.Boolean),
        TypeKind.Quantity when v.Kind == FactKind.Quantity && v.Quantity.Dimension == type.Dimension => Value.Of(v.Quantity.Value),
        TypeKind.Text when v.Kind == FactKind.Text => Value.Of(v.Text!),
        TypeKind.TextList when v.Kind == FactKind.TextList => Value.Of(v.Items),
        TypeKind.TextList when v.Kind == FactKind.Text => Value.Of([v.Text!]),
        _ => null,
    };

    public Value Nature => Value.Of(_project.Nature.ToName());

    public Value Industries => Value.Of(_project.IndustryCodes);

    public Value Products => Value.Of([.. _project.Products.Select(p => p.Product)]);

    public Value AdminCode => _project.AdminCode is { } a ? Value.Of(a) : Value.Unknown(0);

    public Value Sectors => Value.Of(SectorList);

    public Value InIndustry(string prefix) =>
        _project.IndustryCodes.IsEmpty ? Value.Unknown(0) : Value.Of(_project.IndustryCodes.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)));

    public Value Energy(string total)
    {
        if (_energy is null)
        {
            return Value.Unknown(0);
        }

        var t = _energy.Totals;
        double? v = total switch
        {
            "total" => t.EquivalentTce,
            "equalValue" => t.EqualValueTce,
            "fossil" => t.FossilTce,
            "renewable" => t.RenewableTce,
            _ => t.FeedstockTce,
        };
        return v is { } x ? Value.Of(x) : Value.Unknown(0);
    }

    public Value EnergyCarrier(string carrier) =>
        _energy is null ? Value.Unknown(0) : Value.Of(_energy.Carriers.Where(c => c.Carrier == carrier).Sum(c => c.EquivalentTce));

    private static string PerUnit(Dimension per) => per == Dimension.OfVolume ? "m³" : per == Dimension.OfCount ? "head" : "t";

    public Value EnergyUnit(string product, Dimension per)
    {
        var line = _energy?.UnitConsumption.FirstOrDefault(u => u.Product == product && u.Stage is null && u.Basis == "comprehensive-energy");
        if (line is null || line.Unit != "kgce/" + PerUnit(per))
        {
            return Value.Unknown(0);
        }

        // Reported in kgce per product unit; rules compare in canonical tce per unit (t, m³ and head are canonical).
        return Value.Of(line.Value / 1000, line.Value.ToString("G12", CultureInfo.InvariantCulture) + " " + line.Unit);
    }

    public Value Emissions(string gas)
    {
        if (_emissions is null)
        {
            return Value.Unknown(0);
        }

        var t = _emissions.Totals;
        return Value.Of(gas switch
        {
            "co2e" => t.Co2eTonnes,
            "co2" => t.Co2Tonnes,
            "ch4" => t.Ch4Tonnes,
            _ => t.N2oTonnes,
        });
    }

    public Value EmissionIntensity(string product, Dimension per)
    {
        var line = _emissions?.Intensities.FirstOrDefault(i => i.Product == product);
        return line is null || line.Unit != "tCO2e/" + PerUnit(per) ? Value.Unknown(0) : Value.Of(line.Value);
    }

    /// <summary>The project's annual amount of a pollutant in tonnes, or null when the project lists no pollutants at all.</summary>
    public (double Tonnes, string? Path)? PollutantTonnes(string pollutant)
    {
        if (_project.Pollutants.IsEmpty)
        {
            return null;
        }

        var lines = _project.Pollutants.Where(p => FactCatalog.CanonicalPollutant(p.Pollutant) == pollutant).ToList();
        return (lines.Sum(l => l.Amount.Value), lines.Count == 0 ? null : lines[0].Path);
    }

    public Value Pollutant(string pollutant)
    {
        // No pollutants[] at all: unknown. Some listed but not this one: the project does not emit it.
        if (PollutantTonnes(pollutant) is not { } p)
        {
            return Value.Unknown(0);
        }

        var detail = p.Path is null ? "not listed in pollutants[]" : p.Tonnes.ToString("G12", CultureInfo.InvariantCulture) + " t/a at " + p.Path;
        return Value.Of(p.Tonnes * PerYear, detail);
    }

    public Value AnyPollutant => _project.Pollutants.IsEmpty ? Value.Unknown(0) : Value.Of(_project.Pollutants.Any(p => p.Amount.Value > 0));

    public Value Within(string kindOrId) => Site.Within(kindOrId);

    public Value DistanceTo(string kindOrId) => Site.DistanceTo(kindOrId);

    public Value SiteArea => Site.Area;

    public Value Section(string member)
    {
        var sections = Site.Sections.ToList();
        if (sections.Count == 0)
        {
            return Value.Unknown(0);
        }

        var values = sections.Select(s => member switch
        {
            "meetsTarget" => s.MeetsTarget is { } m ? Value.Of(m, s.Id) : Value.Unknown(0),
            "targetClass" => Value.Of(s.TargetClass, s.Id),
            _ => s.CurrentClass is { } c ? Value.Of(c, s.Id) : Value.Unknown(0),
        }).ToList();
        return values.All(v => !v.IsUnknown && v.Boolean == values[0].Boolean && v.Number.CompareTo(values[0].Number) == 0) ? values[0] : Value.Unknown(0);
    }

    public Value KeyRegion => Region.KeyRegion;

    public Value ReductionTargetMet => Region.ReductionTargetMet;

    public Value AirAttains(string pollutant) => Region.AirAttains(pollutant);

    public Value QuotaExceeded(string pollutant) => Region.QuotaExceeded(pollutant);

    public Value Cap(string resource, string member) => Region.Cap(resource, member);

    private ImmutableArray<string> ComputeSectors()
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (fact, _) in _facts["project.sectors"])
        {
            if (fact.Value.Kind == FactKind.TextList)
            {
                set.UnionWith(fact.Value.Items);
            }
            else if (fact.Value.Kind == FactKind.Text)
            {
                set.Add(fact.Value.Text!);
            }
        }

        var products = _project.Products.Select(p => p.Product).ToHashSet(StringComparer.Ordinal);
        foreach (var s in _pack.Sectors)
        {
            if (s.Products.Any(products.Contains)
                || s.Industries.Any(prefix => _project.IndustryCodes.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)))
                || s.Facts.Any(f => _facts[f].Any()))
            {
                set.Add(s.Id);
            }
        }

        // Includes: a sector that includes a member sector has its members too (loops were refused at load).
        bool changed;
        do
        {
            changed = false;
            foreach (var s in _pack.Sectors)
            {
                if (!set.Contains(s.Id) && s.Includes.Any(set.Contains))
                {
                    set.Add(s.Id);
                    changed = true;
                }
            }
        }
        while (changed);
        return [.. set];
    }
}
