using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;
using Carbon.Zoning.Spatial;
using NetTopologySuite.Geometries;
using Dimension = Carbon.Sdk.Units.Dimension;

namespace Carbon.Zoning.Loading;

/// <summary>
/// Reads a pack manifest (docs/zoning-pack.md, docs/schemas/zoning-pack.schema.json) and its layer files into a
/// <see cref="ZoningPack"/>. Collects every problem as a diagnostic; a pack with any error is not returned.
/// </summary>
internal sealed partial class PackReader
{
    private readonly ZoningPackLimits _limits;
    private readonly PackFiles? _files;
    private readonly List<Diagnostic> _d = [];
    private readonly VertexBudget _budget;
    private long _bytesRead;
    private int _filesRead;

    private readonly List<PlanDocument> _documents = [];
    private readonly Dictionary<string, FactDefinition> _facts = new(FactCatalog.Builtin, StringComparer.Ordinal);
    private readonly List<SectorDefinition> _sectors = [];
    private readonly List<KeyRegionList> _keyLists = [];
    private readonly Dictionary<string, ControlSection> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegionStatus> _regions = new(StringComparer.Ordinal);
    private readonly List<ControlUnit> _units = [];
    private readonly List<Zone> _zones = [];
    private readonly List<(Zone Zone, double[]? SectionEnds)> _pendingWaterZones = [];

    private PackReader(ZoningPackLimits limits, PackFiles? files)
    {
        _limits = limits;
        _files = files;
        _budget = new VertexBudget(limits.MaxVertices, limits.MaxVerticesPerGeometry);
    }

    public static ZoningPackLoadResult Read(byte[] json, string file, PackFiles? files, ZoningPackLimits limits)
    {
        var reader = new PackReader(limits, files);
        var pack = reader.ReadPack(json, file);
        var hasErrors = reader._d.Exists(x => x.Severity == DiagnosticSeverity.Error);
        return new ZoningPackLoadResult(hasErrors ? null : pack, [.. reader._d]);
    }

    private ZoningPack? ReadPack(byte[] json, string file)
    {
        if (json.LongLength > _limits.MaxFileBytes)
        {
            _d.Add(ZoningDiagnostics.TooLarge(string.Empty, file, json.LongLength, _limits.MaxFileBytes));
            return null;
        }

        _bytesRead = json.LongLength;
        var span = json.AsMemory();
        if (json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF)
        {
            span = span[3..];
        }

        // JSON checks a string's UTF-8 and its \u escapes only when the string is read, and then throws (F10): check first.
        if (JsonTextCheck.FirstInvalidUtf8(span.Span) is { } notUtf8)
        {
            _d.Add(ZoningDiagnostics.NotUtf8(string.Empty, file, notUtf8.Line, notUtf8.BytePosition));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(span, new JsonDocumentOptions { MaxDepth = _limits.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            _d.Add(ZoningDiagnostics.NotJson(string.Empty, file, ex.Message));
            return null;
        }

        if (JsonTextCheck.FirstInvalidEscape(span.Span, _limits.MaxJsonDepth) is { } badEscape)
        {
            document.Dispose();
            _d.Add(ZoningDiagnostics.InvalidEscape(string.Empty, file, badEscape.Line, badEscape.BytePosition));
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                _d.Add(ZoningDiagnostics.WrongType(string.Empty, file, "a JSON object { … }"));
                return null;
            }

            return ReadRoot(new PackObject(document.RootElement, string.Empty, _d));
        }
    }

    private ZoningPack? ReadRoot(PackObject root)
    {
        root.Skip("$schema");
        root.Skip("description");
        var schema = root.String("schemaVersion", required: true);
        if (schema is not null && schema != "1")
        {
            _d.Add(ZoningDiagnostics.UnsupportedSchema(root.At("schemaVersion"), schema));
        }

        var id = root.String("id", required: true);
        var version = root.String("version", required: true);
        var title = root.Text("title", required: true);
        var sample = root.Boolean("sample") ?? false;
        var notice = root.Text("notice");
        var enforcementText = root.String("enforcement");
        var enforcement = EnforcementMode.Enforce;
        if (enforcementText is not null && !ZoningNames.TryParse(enforcementText, out enforcement))
        {
            _d.Add(ZoningDiagnostics.BadValue(root.At("enforcement"), enforcementText, "enforce, advisory"));
        }

        var adminCode = AdminCode(root, "adminCode");
        foreach (var o in root.Objects("documents", 10_000))
        {
            ReadDocument(o);
        }

        foreach (var o in root.Objects("facts", 10_000))
        {
            ReadFactDeclaration(o);
        }

        foreach (var o in root.Objects("sectors", 10_000))
        {
            ReadSector(o);
        }

        foreach (var o in root.Objects("keyRegionLists", 1_000))
        {
            ReadKeyRegionList(o);
        }

        foreach (var o in root.Objects("sections", _limits.MaxZones))
        {
            ReadSection(o);
        }

        foreach (var o in root.Objects("regions", 100_000))
        {
            ReadRegion(o);
        }

        foreach (var o in root.Objects("units", _limits.MaxUnits))
        {
            ReadUnit(o);
        }

        foreach (var o in root.Objects("zones", _limits.MaxZones))
        {
            ReadZone(o);
        }

        foreach (var o in root.Objects("layers", _limits.MaxFiles))
        {
            ReadLayer(o);
        }

        ResolveWaterSections();
        CheckSectors();
        CheckCounts(root);
        var units = _units.OrderBy(u => u.Code, StringComparer.Ordinal).ToImmutableArray();
        var zones = _zones.OrderBy(z => z.Id, StringComparer.Ordinal).ToImmutableArray();
        CheckIds(units, zones);

        var zoneKinds = ZoneKinds.Builtin.Union(zones.Select(z => z.Kind)).ToFrozenSet(StringComparer.Ordinal);
        var zoneIds = zones.Select(z => z.Id).ToFrozenSet(StringComparer.Ordinal);
        var rules = new RuleReader(this, zoneKinds, zoneIds, units.Select(u => u.Code).ToFrozenSet(StringComparer.Ordinal)).ReadAll(root);
        root.ReportUnknown();

        if (_d.Exists(x => x.Severity == DiagnosticSeverity.Error) || id is null || version is null || title is null)
        {
            return null;
        }

        var byKind = zones.Select((z, i) => (z.Kind, i)).GroupBy(x => x.Kind, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToImmutableArray(), StringComparer.Ordinal);
        var content = new PackContent
        {
            Id = id,
            Version = version,
            Title = title,
            Sample = sample,
            Notice = notice,
            AdminCode = adminCode,
            Documents = [.. _documents],
            Units = units,
            Zones = zones,
            Sections = _sections.ToFrozenDictionary(StringComparer.Ordinal),
            Regions = _regions.ToFrozenDictionary(StringComparer.Ordinal),
            KeyRegionLists = [.. _keyLists],
            Sectors = [.. _sectors],
            Facts = _facts.ToFrozenDictionary(StringComparer.Ordinal),
            Rules = rules,
            RulesById = rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal),
            RuleIndex = rules.Select((r, i) => (r.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal),
            AreaRules = [.. rules.Select((r, i) => (r, i)).Where(x => x.r.Level != RuleLevel.Unit).Select(x => x.i)],
            UnitRules = rules.Select((r, i) => (r, i)).Where(x => x.r.Level == RuleLevel.Unit)
                .SelectMany(x => x.r.Binding.Units.Distinct(StringComparer.Ordinal).Select(u => (Unit: u, x.i)))
                .GroupBy(x => x.Unit, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToImmutableArray(), StringComparer.Ordinal),
            ZonesByKind = byKind,
            ZonesById = zones.Select((z, i) => (z.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal),
            Index = new SpatialIndex(units, zones),
        };
        return new ZoningPack(content, enforcement);
    }

    internal List<Diagnostic> Diagnostics => _d;

    internal ZoningPackLimits Limits => _limits;

    internal Dictionary<string, FactDefinition> Facts => _facts;

    internal IReadOnlyList<SectorDefinition> Sectors => _sectors;

    internal IReadOnlyList<PlanDocument> Documents => _documents;

    internal string? AdminCode(PackObject o, string name)
    {
        var code = o.String(name);
        if (code is not null && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At(name), code, "a 6-digit GB/T 2260 code, e.g. 430104"));
            return null;
        }

        return code;
    }

    internal DataStatus Status(PackObject o, DataStatus fallback)
    {
        var text = o.String("status");
        if (text is null)
        {
            return fallback;
        }

        if (DataStatusNames.TryParse(text, out var s) && s != DataStatus.ProjectSupplied)
        {
            return s;
        }

        _d.Add(ZoningDiagnostics.BadValue(o.At("status"), text, "confirmed, single-source, derived, unconfirmed"));
        return DataStatus.Unconfirmed;
    }

    internal string? DocumentRef(PackObject o, string name = "documentId")
    {
        var id = o.String(name);
        if (id is not null && !_documents.Exists(d => d.Id == id))
        {
            _d.Add(ZoningDiagnostics.UnknownReference(o.At(name), "document", id));
        }

        return id;
    }

    private void ReadDocument(PackObject o)
    {
        var id = o.String("id", required: true);
        var title = o.Text("title", required: true);
        var status = o.String("status") ?? "in-force";
        if (status is not ("in-force" or "draft" or "repealed" or "superseded" or "unknown"))
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At("status"), status, "in-force, draft, repealed, superseded, unknown"));
        }

        var verification = o.String("verification") ?? "unconfirmed";
        if (verification is not ("official" or "reprint" or "draft" or "unconfirmed" or "fictional"))
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At("verification"), verification, "official, reprint, draft, unconfirmed, fictional"));
        }

        var doc = new PlanDocument(
            id ?? string.Empty, title ?? new LocalizedText(string.Empty, string.Empty), o.String("number"), o.String("issuer"), o.String("level"),
            o.String("issuedOn"), o.String("effectiveFrom"), o.String("effectiveTo"), o.String("version"), status, verification, o.String("url"));
        o.ReportUnknown();
        if (id is null || title is null)
        {
            return;
        }

        if (_documents.Exists(d => d.Id == id))
        {
            _d.Add(ZoningDiagnostics.Duplicate(o.At("id"), "document", id));
            return;
        }

        _documents.Add(doc);
    }

    private void ReadFactDeclaration(PackObject o)
    {
        var key = o.String("key", required: true);
        var type = o.String("type", required: true);
        var unit = o.String("unit");
        var zh = o.String("zh", required: true);
        var en = o.String("en", required: true);
        var additive = o.Boolean("additive") ?? false;
        o.ReportUnknown();
        if (key is null || type is null || zh is null || en is null)
        {
            return;
        }

        if (!(key.Length <= 100 && char.IsAsciiLetterLower(key[0]) && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_')))
        {
            _d.Add(ZoningDiagnostics.BadFactDeclaration(o.At("key"), key, "键只能用小写字母、数字、“-”“_”和“.”。", "use lower-case letters, digits, '-', '_' and '.'."));
            return;
        }

        ExprType? t = type switch
        {
            "boolean" => ExprType.Boolean,
            "text" => ExprType.Text,
            "text-list" => ExprType.TextList,
            "number" => ExprType.Number,
            "quantity" when unit is not null && QuantityParser.TryParseUnit(unit, out var def, out _) => ExprType.Of(def.Dimension),
            _ => null,
        };
        if (t is null)
        {
            _d.Add(ZoningDiagnostics.BadFactDeclaration(o.At("type"), key, "type 应为 boolean、text、text-list、number，或 quantity 加 unit（如 \"t/d\"）。", "type must be boolean, text, text-list, number, or quantity with a unit (e.g. \"t/d\")."));
            return;
        }

        if (_facts.TryGetValue(key, out var existing) && existing.Type != t.Value)
        {
            _d.Add(ZoningDiagnostics.BadFactDeclaration(o.At("type"), key, $"事实目录中该键的类型为 {existing.Type.DescribeZh()}。", $"the catalogue already has this key as {existing.Type.Describe()}."));
            return;
        }

        _facts[key] = new FactDefinition(key, t.Value, zh, en, additive);
    }

    private void ReadSector(PackObject o)
    {
        var id = o.String("id", required: true);
        var name = o.Text("name", required: true);
        var industries = o.Strings("industries", 1000);
        var products = o.Strings("products", 1000);
        var facts = o.Strings("facts", 1000);
        var includes = o.Strings("includes", 1000);
        o.ReportUnknown();
        foreach (var (f, i) in facts.Select((f, i) => (f, i)))
        {
            if (!_facts.ContainsKey(f))
            {
                _d.Add(ZoningDiagnostics.UnknownReference(JsonPointer.Index(o.At("facts"), i), "fact", f));
            }
        }

        if (id is null || name is null)
        {
            return;
        }

        if (_sectors.Exists(s => s.Id == id))
        {
            _d.Add(ZoningDiagnostics.Duplicate(o.At("id"), "sector", id));
            return;
        }

        _sectors.Add(new SectorDefinition(id, name, industries, products, facts, includes));
    }

    private void CheckSectors()
    {
        var ids = _sectors.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var s in _sectors)
        {
            foreach (var inc in s.Includes.Where(i => !ids.Contains(i)))
            {
                _d.Add(ZoningDiagnostics.UnknownReference("/sectors", "sector", inc));
            }
        }

        // Includes must not loop.
        foreach (var s in _sectors)
        {
            var chain = new List<string>();
            if (Loops(s.Id, chain, []))
            {
                _d.Add(ZoningDiagnostics.Cycle("/sectors", string.Join(" → ", chain)));
                return;
            }
        }
    }

    private bool Loops(string id, List<string> chain, HashSet<string> seen)
    {
        chain.Add(id);
        if (!seen.Add(id))
        {
            return true;
        }

        foreach (var inc in _sectors.FirstOrDefault(s => s.Id == id)?.Includes ?? [])
        {
            if (Loops(inc, chain, seen))
            {
                return true;
            }
        }

        seen.Remove(id);
        chain.RemoveAt(chain.Count - 1);
        return false;
    }

    private void ReadKeyRegionList(PackObject o)
    {
        var id = o.String("id", required: true);
        var name = o.Text("name", required: true);
        var doc = DocumentRef(o);
        var cities = o.Strings("cities", 10_000);
        var status = Status(o, DataStatus.SingleSource);
        o.ReportUnknown();
        foreach (var c in cities.Where(c => c.Length != 6 || !c.All(char.IsAsciiDigit)))
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At("cities"), c, "6-digit GB/T 2260 city codes"));
        }

        if (id is not null && name is not null)
        {
            _keyLists.Add(new KeyRegionList(id, name, doc, [.. cities], status));
        }
    }

    private void ReadSection(PackObject o)
    {
        var id = o.String("id", required: true);
        var name = o.Text("name", required: true);
        var lon = o.Number("lon");
        var lat = o.Number("lat");
        var level = o.String("level");
        var target = ClassOf(o, "targetClass", required: true);
        var current = ClassOf(o, "currentClass", required: false);
        var year = o.Integer("year", 1990, 2100);
        var doc = DocumentRef(o);
        o.ReportUnknown();
        if (id is null || name is null || target is null)
        {
            return;
        }

        if (!_sections.TryAdd(id, new ControlSection(id, name, lon, lat, level, target.Value, current, year, doc)))
        {
            _d.Add(ZoningDiagnostics.Duplicate(o.At("id"), "section", id));
        }
    }

    private int? ClassOf(PackObject o, string name, bool required)
    {
        if (!o.TryGet(name, out var v))
        {
            if (required)
            {
                _d.Add(ZoningDiagnostics.Missing(o.At(name), name));
            }

            return null;
        }

        var text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        var c = ZoningNames.WaterClass(text);
        if (c is null)
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At(name), text ?? v.GetRawText(), "I, II, III, IV, V, 劣V (or 1–6)"));
        }

        return c;
    }

    private void ReadRegion(PackObject o)
    {
        var code = AdminCode(o, "adminCode");
        if (code is null && !o.TryGet("adminCode", out _))
        {
            _d.Add(ZoningDiagnostics.Missing(o.At("adminCode"), "adminCode"));
        }

        var name = o.Text("name");
        var year = o.Integer("year", 1990, 2100);
        var key = o.Boolean("keyRegion");
        var met = o.Boolean("reductionTargetMet");
        var air = ImmutableDictionary.CreateBuilder<string, AirStatus>(StringComparer.Ordinal);
        foreach (var a in o.Objects("air", 100))
        {
            var p = a.String("pollutant", required: true);
            var attains = a.Boolean("attains");
            if (attains is null && !a.TryGet("attains", out _))
            {
                _d.Add(ZoningDiagnostics.Missing(a.At("attains"), "attains"));
            }

            var ay = a.Integer("year", 1990, 2100);
            var statistic = a.String("statistic");
            var doc = DocumentRef(a);
            a.ReportUnknown();
            if (p is not null && !FactCatalog.AirPollutants.Contains(p))
            {
                _d.Add(ZoningDiagnostics.BadValue(a.At("pollutant"), p, string.Join(", ", FactCatalog.AirPollutants.Order(StringComparer.Ordinal))));
            }
            else if (p is not null && attains is { } at && !air.TryAdd(p, new AirStatus(p, at, ay ?? year, statistic, doc)))
            {
                _d.Add(ZoningDiagnostics.Duplicate(a.At("pollutant"), "air pollutant", p));
            }
        }

        var quotas = ImmutableDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);
        foreach (var q in o.Objects("quotas", 100))
        {
            var p = q.String("pollutant", required: true);
            var exceeded = q.Boolean("exceeded");
            if (exceeded is null && !q.TryGet("exceeded", out _))
            {
                _d.Add(ZoningDiagnostics.Missing(q.At("exceeded"), "exceeded"));
            }

            q.Skip("documentId");
            DocumentRef(q);
            q.ReportUnknown();
            var canonical = p is null ? null : FactCatalog.CanonicalPollutant(p);
            if (p is not null && canonical is null)
            {
                _d.Add(ZoningDiagnostics.BadValue(q.At("pollutant"), p, string.Join(", ", FactCatalog.Pollutants.Order(StringComparer.Ordinal))));
            }
            else if (canonical is not null && exceeded is { } ex)
            {
                quotas[canonical] = ex;
            }
        }

        var caps = ImmutableDictionary.CreateBuilder<string, ResourceCap>(StringComparer.Ordinal);
        foreach (var c in o.Objects("caps", 100))
        {
            var resource = c.String("resource", required: true);
            var metric = c.String("metric") ?? "total";
            if (metric != "total")
            {
                _d.Add(ZoningDiagnostics.BadValue(c.At("metric"), metric, "total"));
            }

            Dimension? dimension = resource is not null && FactCatalog.Resources.TryGetValue(resource, out var dim) ? dim : null;
            if (resource is not null && dimension is null)
            {
                _d.Add(ZoningDiagnostics.BadValue(c.At("resource"), resource, string.Join(", ", FactCatalog.Resources.Keys.Order(StringComparer.Ordinal))));
            }

            var example = resource switch { "coal" => "120万 t", "water" => "3000万 m3", "land" => "500 ha", _ => "300万 tce" };
            var limit = c.Quantity("limit", dimension, example, required: true);
            var used = c.Quantity("used", dimension, example);
            var period = c.String("period");
            var doc = DocumentRef(c);
            var status = Status(c, DataStatus.SingleSource);
            c.ReportUnknown();
            if (resource is not null && dimension is not null && limit is { } l)
            {
                caps[resource] = new ResourceCap(resource, metric, l.Quantity, l.Text, used?.Quantity, used?.Text, period, doc, status);
            }
        }

        o.ReportUnknown();
        if (code is null)
        {
            return;
        }

        if (!_regions.TryAdd(code, new RegionStatus(code, name, year, key, met, air.ToImmutable(), quotas.ToImmutable(), caps.ToImmutable())))
        {
            _d.Add(ZoningDiagnostics.Duplicate(o.At("adminCode"), "region", code));
        }
    }

    private static UnitCategory? CategoryOf(string? text) => text?.Trim() switch
    {
        "1" or "1.0" or "优先保护" or "优先保护单元" or "priority" => UnitCategory.Priority,
        "2" or "2.0" or "重点管控" or "重点管控单元" or "key" => UnitCategory.Key,
        "3" or "3.0" or "一般管控" or "一般管控单元" or "general" => UnitCategory.General,
        _ => null,
    };

    private void ReadUnit(PackObject o)
    {
        var code = o.String("code", required: true);
        var name = o.Text("name", required: true);
        UnitCategory? category = null;
        if (o.TryGet("category", out var cat))
        {
            category = CategoryOf(cat.ValueKind == JsonValueKind.Number ? cat.GetRawText() : cat.ValueKind == JsonValueKind.String ? cat.GetString() : null);
            if (category is null)
            {
                _d.Add(ZoningDiagnostics.BadValue(o.At("category"), cat.GetRawText(), "1 (优先保护), 2 (重点管控), 3 (一般管控)"));
            }
        }
        else
        {
            _d.Add(ZoningDiagnostics.Missing(o.At("category"), "category"));
        }

        var subType = o.String("subType");
        var admin = AdminCode(o, "adminCode");
        var province = o.String("province");
        var city = o.String("city");
        var county = o.String("county");
        var doc = DocumentRef(o);
        var version = o.String("version");
        var marine = o.Boolean("marine") ?? false;
        var texts = DimensionTexts.Empty;
        var t = o.Object("text");
        if (t is not null)
        {
            texts = new DimensionTexts(t.String("spatialLayout"), t.String("pollutantDischarge"), t.String("environmentalRisk"), t.String("resourceEfficiency"), t.String("remark"));
            t.ReportUnknown();
        }

        Geometry? geometry = null;
        if (o.TryGet("geometry", out var g))
        {
            geometry = GeoJsonGeometryReader.Read(g, o.At("geometry"), _budget, polygonalOnly: true, "unit " + code, _d);
        }
        else
        {
            _d.Add(ZoningDiagnostics.Missing(o.At("geometry"), "geometry"));
        }

        o.ReportUnknown();
        if (code is null || name is null || category is null || geometry is null)
        {
            return;
        }

        AddUnit(code, name, category.Value, subType, admin, province, city, county, doc, version, marine, texts, geometry, o.Path);
    }

    private void AddUnit(string code, LocalizedText name, UnitCategory category, string? subType, string? admin, string? province, string? city, string? county, string? doc, string? version, bool marine, DimensionTexts texts, Geometry geometry, string path)
    {
        // zoning.md §1.2: ZH + 6-digit county code + category digit + 4-digit sequence is inferred (UNCONFIRMED).
        // Codes that break it are kept as they are; one that fits lends its admin code and is checked against the category.
        if (code.Length == 13 && code.StartsWith("ZH", StringComparison.Ordinal) && code.Skip(2).All(char.IsAsciiDigit))
        {
            var digit = code[8] - '0';
            if (digit is >= 1 and <= 3 && digit != (int)category)
            {
                _d.Add(ZoningDiagnostics.CodePattern(path, code, $"第 9 位为 {digit}，但分类为 {(int)category}", $"the 9th character is {digit} but the category is {(int)category}"));
            }

            admin ??= code.Substring(2, 6);
        }

        _units.Add(new ControlUnit(code, name, category, subType, admin, province, city, county, doc, version, marine, texts, geometry, path));
    }

    private void ReadZone(PackObject o)
    {
        var id = o.String("id", required: true);
        var kind = o.String("kind", required: true);
        var name = o.Text("name", required: true);
        var element = o.String("element");
        var subClass = o.String("subClass");
        var legal = o.String("legalCategory");
        UnitCategory? category = null;
        if (o.TryGet("category", out var cat))
        {
            category = CategoryOf(cat.ValueKind == JsonValueKind.Number ? cat.GetRawText() : cat.GetString());
            if (category is null)
            {
                _d.Add(ZoningDiagnostics.BadValue(o.At("category"), cat.GetRawText(), "1, 2, 3"));
            }
        }

        var basin = o.String("basin");
        var reach = o.String("reach");
        var section = o.String("section");
        if (section is not null && !_sections.ContainsKey(section))
        {
            _d.Add(ZoningDiagnostics.UnknownReference(o.At("section"), "section", section));
        }

        var doc = DocumentRef(o);
        Geometry? geometry = null;
        if (o.TryGet("geometry", out var g))
        {
            geometry = GeoJsonGeometryReader.Read(g, o.At("geometry"), _budget, polygonalOnly: false, "zone " + id, _d);
        }
        else
        {
            _d.Add(ZoningDiagnostics.Missing(o.At("geometry"), "geometry"));
        }

        o.ReportUnknown();
        if (kind is not null && !ZoneKinds.IsValidKind(kind))
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At("kind"), kind, "a lower-case kind such as no-farming, drinking-water-1, industrial-park (docs/zoning-pack.md)"));
            return;
        }

        if (id is null || kind is null || name is null || geometry is null)
        {
            return;
        }

        _zones.Add(new Zone(id, kind, name, element, subClass, legal, category, basin, reach, section, doc, geometry, o.Path));
    }

    private void CheckCounts(PackObject root)
    {
        if (_units.Count > _limits.MaxUnits)
        {
            _d.Add(ZoningDiagnostics.TooMany(root.At("units"), "units", _limits.MaxUnits));
        }

        if (_zones.Count > _limits.MaxZones)
        {
            _d.Add(ZoningDiagnostics.TooMany(root.At("zones"), "zones", _limits.MaxZones));
        }
    }

    private void CheckIds(ImmutableArray<ControlUnit> units, ImmutableArray<Zone> zones)
    {
        for (var i = 1; i < units.Length; i++)
        {
            if (units[i].Code == units[i - 1].Code)
            {
                _d.Add(ZoningDiagnostics.Duplicate(units[i].Path, "unit code", units[i].Code));
            }
        }

        for (var i = 1; i < zones.Length; i++)
        {
            if (zones[i].Id == zones[i - 1].Id)
            {
                _d.Add(ZoningDiagnostics.Duplicate(zones[i].Path, "zone id", zones[i].Id));
            }
        }

        var kinds = zones.Select(z => z.Kind).ToHashSet(StringComparer.Ordinal);
        foreach (var z in zones.Where(z => ZoneKinds.Builtin.Contains(z.Id) || kinds.Contains(z.Id)))
        {
            _d.Add(ZoningDiagnostics.Duplicate(z.Path, "zone id (equal to a zone kind)", z.Id));
        }
    }
}
