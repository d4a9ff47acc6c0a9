using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Carbon.Projects;
using Carbon.Sdk.Diagnostics;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Carbon.Zoning.Loading;

/// <summary>
/// Reads layer files of a pack folder into <see cref="LayerRecord"/>s: GeoJSON FeatureCollections and ESRI shapefiles
/// (.shp + .dbf, with .cpg for the text encoding and .prj checked for a projected system). Provinces deliver unit
/// boundaries as shapefiles with the attribute fields of zoning.md §1.3.
/// </summary>
internal static class LayerReader
{
    public static List<LayerRecord>? ReadGeoJson(byte[] bytes, string file, string path, VertexBudget budget, int maxDepth, List<Diagnostic> diagnostics)
    {
        // As for the pack JSON (F10): a byte that is not UTF-8 or a lone-surrogate escape would throw when read.
        if (JsonTextCheck.FirstInvalidUtf8(bytes) is { } notUtf8)
        {
            diagnostics.Add(ZoningDiagnostics.NotUtf8(path, file, notUtf8.Line, notUtf8.BytePosition));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(ZoningDiagnostics.NotJson(path, file, ex.Message));
            return null;
        }

        if (JsonTextCheck.FirstInvalidEscape(bytes, maxDepth) is { } badEscape)
        {
            document.Dispose();
            diagnostics.Add(ZoningDiagnostics.InvalidEscape(path, file, badEscape.Line, badEscape.BytePosition));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(ZoningDiagnostics.WrongType(path, file, "a GeoJSON FeatureCollection with a 'features' array"));
                return null;
            }

            var result = new List<LayerRecord>();
            var i = 0;
            foreach (var feature in features.EnumerateArray())
            {
                var fpath = JsonPointer.Index(path + "/features", i++);
                if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry))
                {
                    diagnostics.Add(ZoningDiagnostics.WrongType(fpath, "feature", "a GeoJSON Feature with a geometry"));
                    continue;
                }

                var g = GeoJsonGeometryReader.Read(geometry, fpath + "/geometry", budget, polygonalOnly: false, "feature", diagnostics);
                if (g is null)
                {
                    continue;
                }

                var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in properties.EnumerateObject())
                    {
                        var text = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Number => p.Value.GetRawText(),
                            JsonValueKind.True => "true",
                            JsonValueKind.False => "false",
                            _ => null,
                        };
                        if (text is not null)
                        {
                            attributes[p.Name] = text;
                        }
                    }
                }

                result.Add(new LayerRecord(fpath, g, attributes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)));
            }

            return result;
        }
    }

    public static List<LayerRecord>? ReadShapefile(byte[] shp, byte[] dbf, byte[]? cpg, byte[]? prj, string? encodingName, string file, string path, VertexBudget budget, List<Diagnostic> diagnostics)
    {
        if (prj is not null && Encoding.ASCII.GetString(prj).Contains("PROJCS", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(ZoningDiagnostics.ProjectedCoordinates(path, file));
            return null;
        }

        var name = encodingName ?? (cpg is null ? null : Encoding.ASCII.GetString(cpg).Trim());
        var encoding = EncodingFor(name);
        if (encoding is null)
        {
            diagnostics.Add(ZoningDiagnostics.BadValue(path + "/encoding", name ?? string.Empty, "UTF-8, GBK (936), GB18030"));
            return null;
        }

        if (ShapefilePrescan.Check(shp, budget.PerGeometry) is { } refusal)
        {
            diagnostics.Add(ZoningDiagnostics.Shapefile(path, file, refusal));
            return null;
        }

        NetTopologySuite.Features.Feature[] features;
        try
        {
            using var shpStream = new MemoryStream(shp, writable: false);
            using var dbfStream = new MemoryStream(dbf, writable: false);
            features = Shapefile.ReadAllFeatures(shpStream, dbfStream, new ShapefileReaderOptions
            {
                Factory = GeoJsonGeometryReader.Factory,
                Encoding = encoding,
                GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes,
            });
        }
#pragma warning disable CA1031 // A third-party parser reading untrusted bytes: any failure becomes a diagnostic naming the file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(ZoningDiagnostics.Shapefile(path, file, ex.GetType().Name + ": " + ex.Message));
            return null;
        }

        var result = new List<LayerRecord>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            var fpath = JsonPointer.Index(path + "/features", i);
            var g = features[i].Geometry;
            if (g is null || g.IsEmpty)
            {
                diagnostics.Add(ZoningDiagnostics.BadGeometry(fpath, "记录没有几何。", "the record has no geometry."));
                continue;
            }

            budget.Remaining -= g.NumPoints;
            if (g.NumPoints > budget.PerGeometry || budget.Remaining < 0)
            {
                diagnostics.Add(ZoningDiagnostics.TooManyVertices(fpath, g.NumPoints > budget.PerGeometry ? budget.PerGeometry : budget.Total));
                return null;
            }

            var env = g.EnvelopeInternal;
            if (env.MinX < -180 || env.MaxX > 180 || env.MinY < -90 || env.MaxY > 90)
            {
                diagnostics.Add(ZoningDiagnostics.ProjectedCoordinates(fpath, file));
                return null;
            }

            var repaired = GeoJsonGeometryReader.Repair(g, fpath, "record", diagnostics);
            if (repaired is null)
            {
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var table = features[i].Attributes;
            if (table is not null)
            {
                foreach (var n in table.GetNames())
                {
                    var text = table[n] switch
                    {
                        null => null,
                        string s => s.Trim(),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var o => o.ToString(),
                    };
                    if (!string.IsNullOrEmpty(text))
                    {
                        attributes[n] = text;
                    }
                }
            }

            result.Add(new LayerRecord(fpath, repaired, attributes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)));
        }

        return result;
    }

    /// <summary>The encoding of a .cpg name or a manifest "encoding"; GBK without registering a global provider.</summary>
    internal static Encoding? EncodingFor(string? name)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case null:
            case "":
            case "UTF-8":
            case "UTF8":
            case "65001":
                return new UTF8Encoding(false);
            case "GBK":
            case "936":
            case "CP936":
            case "GB2312":
            case "ANSI 936":
                return CodePagesEncodingProvider.Instance.GetEncoding(936);
            case "GB18030":
            case "54936":
                return CodePagesEncodingProvider.Instance.GetEncoding(54936);
            default:
                return null;
        }
    }
}
