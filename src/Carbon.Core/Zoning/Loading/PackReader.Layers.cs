using System.Collections.Frozen;
using System.Globalization;
using Carbon.Sdk;
using Carbon.Zoning.Model;

namespace Carbon.Zoning.Loading;

/// <summary>Layer files: shapefiles and GeoJSON FeatureCollections mapped to units and zones (zoning.md §1.3 fields).</summary>
internal sealed partial class PackReader
{
    /// <summary>Attribute names tried for each model field, per layer type; the first of each list is the §1.3 field.</summary>
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string[]>> FieldNames =
        new Dictionary<string, FrozenDictionary<string, string[]>>(StringComparer.Ordinal)
        {
            ["units"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["code"] = ["HJZHGKDYBM", "code"],
                ["name"] = ["HJZHGKDYMC", "name"],
                ["category"] = ["ZHGKDYFL", "category"],
                ["subType"] = ["subType"],
                ["adminCode"] = ["adminCode"],
                ["province"] = ["PROV", "province"],
                ["city"] = ["CITY", "city"],
                ["county"] = ["AREA", "county"],
                ["spatialLayout"] = ["KJBJYS", "spatialLayout"],
                ["pollutantDischarge"] = ["PWWPFGK", "pollutantDischarge"],
                ["environmentalRisk"] = ["HJFXFK", "environmentalRisk"],
                ["resourceEfficiency"] = ["ZYKFXLYQ", "resourceEfficiency"],
                ["remark"] = ["REMARK", "remark"],
            }.ToFrozenDictionary(StringComparer.Ordinal),
            ["ecology"] = ZoneFields("STHJYSGKFQBM", "STHJZHGKFQMC", "STHJYSGKFQ", "STHJZHGKFQ"),
            ["water"] = ZoneFields("SHJGKFQBM", "SHJGKFQMC"),
            ["air"] = ZoneFields("DQHJGKFQBM", "DQHJGKFQMC"),
            ["zones"] = ZoneFields("id", "name"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // dBASE field names have at most 10 characters, so a shapefile carries the longer §1.3 names truncated.
    private static FrozenDictionary<string, string[]> ZoneFields(string code, string name, string? shortCode = null, string? shortName = null) =>
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["id"] = shortCode is null ? [code, "id", "code"] : [code, shortCode, "id", "code"],
            ["name"] = shortName is null ? [name, "name"] : [name, shortName, "name"],
            ["kind"] = ["kind"],
            ["category"] = ["ZHGKDYFL", "category"],
            ["element"] = ["HJYS", "element"],
            ["subClass"] = ["YSXL", "subClass"],
            ["legalCategory"] = ["legalCategory"],
            ["basin"] = ["LYMC", "basin"],
            ["reach"] = ["HDMC", "reach"],
            ["section"] = ["section"],
            ["sectionStartLon"] = ["KZDMQDJD"],
            ["sectionStartLat"] = ["KZDMQDWD"],
            ["sectionEndLon"] = ["KZDMZDJD"],
            ["sectionEndLat"] = ["KZDMZDWD"],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private void ReadLayer(PackObject o)
    {
        var file = o.String("file", required: true);
        var layerType = o.String("as", required: true);
        var kindDefault = o.String("kind");
        var encoding = o.String("encoding");
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (layerType is not null && !FieldNames.ContainsKey(layerType))
        {
            _d.Add(ZoningDiagnostics.BadValue(o.At("as"), layerType, "units, zones, ecology, water, air"));
            layerType = null;
        }

        if (layerType is not null)
        {
            foreach (var (k, v) in FieldNames[layerType])
            {
                fields[k] = v;
            }

            var overrides = o.Object("fields");
            if (overrides is not null)
            {
                foreach (var key in FieldNames[layerType].Keys)
                {
                    var name = overrides.String(key);
                    if (name is not null)
                    {
                        fields[key] = [name];
                    }
                }

                overrides.ReportUnknown();
            }
        }

        var defaults = o.Object("defaults");
        var dAdmin = defaults is null ? null : AdminCode(defaults, "adminCode");
        var dDoc = defaults is null ? null : DocumentRef(defaults);
        var dVersion = defaults?.String("version");
        var dSubType = defaults?.String("subType");
        var dLegal = defaults?.String("legalCategory");
        var dElement = defaults?.String("element");
        var dCategory = defaults?.String("category");
        defaults?.ReportUnknown();
        o.ReportUnknown();
        if (file is null || layerType is null)
        {
            return;
        }

        if (_files is null)
        {
            _d.Add(ZoningDiagnostics.LayersNeedFolder(o.Path));
            return;
        }

        if (++_filesRead > _limits.MaxFiles)
        {
            _d.Add(ZoningDiagnostics.TooMany(o.Path, "layer files", _limits.MaxFiles));
            return;
        }

        var records = ReadLayerFile(file, encoding, o.Path);
        if (records is null)
        {
            return;
        }

        foreach (var r in records)
        {
            string? F(string field) => fields.TryGetValue(field, out var names) ? r.Get(names) : null;
            if (layerType == "units")
            {
                var code = F("code");
                var name = F("name");
                var categoryText = F("category") ?? dCategory;
                var category = CategoryOf(categoryText);
                if (code is null || name is null || category is null)
                {
                    _d.Add(ZoningDiagnostics.Missing(r.Path, code is null ? "code (HJZHGKDYBM)" : name is null ? "name (HJZHGKDYMC)" : "category (ZHGKDYFL: 1, 2 or 3)"));
                    continue;
                }

                if (r.Geometry is not NetTopologySuite.Geometries.IPolygonal)
                {
                    _d.Add(ZoningDiagnostics.BadGeometry(r.Path, "管控单元必须是面（Polygon/MultiPolygon）。", "a control unit must be a polygon or multipolygon."));
                    continue;
                }

                var admin = F("adminCode") ?? dAdmin;
                if (admin is not null && (admin.Length != 6 || !admin.All(char.IsAsciiDigit)))
                {
                    _d.Add(ZoningDiagnostics.BadValue(r.Path + "/adminCode", admin, "a 6-digit GB/T 2260 code"));
                    admin = null;
                }

                var texts = new DimensionTexts(F("spatialLayout"), F("pollutantDischarge"), F("environmentalRisk"), F("resourceEfficiency"), F("remark"));
                AddUnit(code, new LocalizedText(name, name), category.Value, F("subType") ?? dSubType, admin, F("province"), F("city"), F("county"), dDoc, dVersion, false, texts, r.Geometry, r.Path);
            }
            else
            {
                var id = F("id");
                var name = F("name") ?? id;
                var kind = layerType == "zones" ? F("kind") ?? kindDefault : kindDefault ?? layerType;
                if (id is null || name is null || kind is null)
                {
                    _d.Add(ZoningDiagnostics.Missing(r.Path, id is null ? "id" : "kind"));
                    continue;
                }

                if (!ZoneKinds.IsValidKind(kind))
                {
                    _d.Add(ZoningDiagnostics.BadValue(r.Path + "/kind", kind, "a lower-case kind such as no-farming (docs/zoning-pack.md)"));
                    continue;
                }

                var section = F("section");
                if (section is not null && !_sections.ContainsKey(section))
                {
                    _d.Add(ZoningDiagnostics.UnknownReference(r.Path + "/section", "section", section));
                    section = null;
                }

                var zone = new Zone(id, kind, new LocalizedText(name, name), F("element") ?? dElement ?? (layerType is "water" or "air" or "ecology" ? layerType : null),
                    F("subClass"), F("legalCategory") ?? dLegal, CategoryOf(F("category") ?? dCategory), F("basin"), F("reach"), section, dDoc, r.Geometry, r.Path);
                double[]? ends = null;
                if (section is null && Numbers(F("sectionStartLon"), F("sectionStartLat"), F("sectionEndLon"), F("sectionEndLat")) is { } e)
                {
                    ends = e;
                }

                if (ends is not null)
                {
                    _pendingWaterZones.Add((zone, ends));
                }
                else
                {
                    _zones.Add(zone);
                }
            }
        }
    }

    private static double[]? Numbers(params string?[] texts)
    {
        var result = new double[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is null || !double.TryParse(texts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]))
            {
                return i >= 2 ? result : null;
            }
        }

        return result;
    }

    /// <summary>Ties water zones that only give section coordinates (KZDMQD*/KZDMZD*) to the pack section at those coordinates.</summary>
    private void ResolveWaterSections()
    {
        const double Tolerance = 1e-6; // degrees: the same point written with fewer decimals
        foreach (var (zone, ends) in _pendingWaterZones)
        {
            var match = _sections.Values
                .Where(s => s.Longitude is { } lon && s.Latitude is { } lat
                    && ((Math.Abs(lon - ends![0]) <= Tolerance && Math.Abs(lat - ends[1]) <= Tolerance)
                        || (ends.Length > 3 && Math.Abs(lon - ends[2]) <= Tolerance && Math.Abs(lat - ends[3]) <= Tolerance)))
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            _zones.Add(match is null ? zone : zone with { SectionId = match.Id });
        }
    }

    private List<LayerRecord>? ReadLayerFile(string file, string? encoding, string path)
    {
        var full = _files!.Resolve(file, path + "/file", _d);
        if (full is null)
        {
            return null;
        }

        var extension = Path.GetExtension(full).ToUpperInvariant();
        if (extension is ".GEOJSON" or ".JSON")
        {
            var bytes = ReadCounted(full, file, path + "/file", required: true);
            return bytes is null ? null : LayerReader.ReadGeoJson(bytes, file, path, _budget, _limits.MaxJsonDepth, _d);
        }

        if (extension != ".SHP")
        {
            _d.Add(ZoningDiagnostics.BadValue(path + "/file", file, "a .shp shapefile or a .geojson FeatureCollection"));
            return null;
        }

        string Sibling(string ext) => Path.ChangeExtension(file, ext);
        var shp = ReadCounted(full, file, path + "/file", required: true);
        var dbfPath = _files.Resolve(Sibling(".dbf"), path + "/file", _d);
        var dbf = dbfPath is null ? null : ReadCounted(dbfPath, Sibling(".dbf"), path + "/file", required: true);
        var cpgPath = _files.Resolve(Sibling(".cpg"), path + "/file", _d);
        var cpg = cpgPath is null ? null : ReadCounted(cpgPath, Sibling(".cpg"), path + "/file", required: false);
        var prjPath = _files.Resolve(Sibling(".prj"), path + "/file", _d);
        var prj = prjPath is null ? null : ReadCounted(prjPath, Sibling(".prj"), path + "/file", required: false);
        if (shp is null || dbf is null)
        {
            return null;
        }

        return LayerReader.ReadShapefile(shp, dbf, cpg, prj, encoding, file, path, _budget, _d);
    }

    private byte[]? ReadCounted(string full, string display, string path, bool required)
    {
        var bytes = PackFiles.Read(full, display, path, _limits.MaxFileBytes, _d, required);
        if (bytes is null)
        {
            return null;
        }

        _bytesRead += bytes.LongLength;
        if (_bytesRead > _limits.MaxTotalBytes)
        {
            _d.Add(ZoningDiagnostics.TooLarge(path, display, _bytesRead, _limits.MaxTotalBytes));
            return null;
        }

        return bytes;
    }
}
