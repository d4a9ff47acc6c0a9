using System.Text.Json;
using Carbon.Projects;
using Carbon.Sdk.Diagnostics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Carbon.Zoning.Loading;

/// <summary>How many vertices a pack may still load (all geometries) and how many one geometry may have.</summary>
internal sealed class VertexBudget(long total, long perGeometry)
{
    public long Remaining { get; set; } = total;

    public long PerGeometry { get; } = perGeometry;

    public long Total { get; } = total;
}

/// <summary>
/// Reads GeoJSON geometries ([lon, lat] in CGCS2000/WGS84) into NetTopologySuite geometries with precise diagnostics
/// and vertex limits. Invalid polygon topology is repaired with a warning; everything else wrong is an error.
/// </summary>
internal static class GeoJsonGeometryReader
{
    /// <summary>One factory for all pack geometries: floating precision, SRID 4490 (CGCS2000 geographic). Immutable and thread-safe.</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), 4490);

    public static Geometry? Read(JsonElement e, string path, VertexBudget budget, bool polygonalOnly, string what, List<Diagnostic> diagnostics)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "geometry 必须是 GeoJSON 几何对象。", "geometry must be a GeoJSON geometry object."));
            return null;
        }

        var type = e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (!e.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(JsonPointer.Member(path, "coordinates"), "缺少 coordinates 数组。", "coordinates must be an array."));
            return null;
        }

        var allowed = polygonalOnly ? "Polygon, MultiPolygon" : "Polygon, MultiPolygon, Point, MultiPoint, LineString, MultiLineString";
        if (polygonalOnly && type is not ("Polygon" or "MultiPolygon"))
        {
            diagnostics.Add(ZoningDiagnostics.BadValue(JsonPointer.Member(path, "type"), type ?? "(none)", allowed));
            return null;
        }

        var cpath = JsonPointer.Member(path, "coordinates");
        var count = 0L;
        Geometry? g = type switch
        {
            "Point" => Position(c, cpath, diagnostics) is { } p ? Factory.CreatePoint(p) : null,
            "MultiPoint" => Sequence(c, cpath, 1, false, ref count, budget, diagnostics) is { } ps ? Factory.CreateMultiPointFromCoords(ps) : null,
            "LineString" => Sequence(c, cpath, 2, false, ref count, budget, diagnostics) is { } ls ? Factory.CreateLineString(ls) : null,
            "MultiLineString" => MultiLine(c, cpath, ref count, budget, diagnostics),
            "Polygon" => Polygon(c, cpath, ref count, budget, diagnostics),
            "MultiPolygon" => MultiPolygon(c, cpath, ref count, budget, diagnostics),
            _ => null,
        };
        if (type is not ("Point" or "MultiPoint" or "LineString" or "MultiLineString" or "Polygon" or "MultiPolygon"))
        {
            diagnostics.Add(ZoningDiagnostics.BadValue(JsonPointer.Member(path, "type"), type ?? "(none)", allowed));
            return null;
        }

        if (g is null)
        {
            return null;
        }

        return Repair(g, path, what, diagnostics);
    }

    /// <summary>Repairs invalid polygonal topology (self-intersection, wrong nesting) with a warning.</summary>
    public static Geometry? Repair(Geometry g, string path, string what, List<Diagnostic> diagnostics)
    {
        if (g is IPolygonal && !g.IsValid)
        {
            var fixedGeometry = GeometryFixer.Fix(g);
            if (fixedGeometry.IsEmpty || fixedGeometry is not IPolygonal)
            {
                diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "多边形无法修复（面积为零或退化）。", "the polygon cannot be repaired (zero area or degenerate)."));
                return null;
            }

            diagnostics.Add(ZoningDiagnostics.GeometryFixed(path, what));
            return fixedGeometry;
        }

        return g;
    }

    private static Coordinate? Position(JsonElement p, string path, List<Diagnostic> diagnostics)
    {
        if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() is < 2 or > 3 || p[0].ValueKind != JsonValueKind.Number || p[1].ValueKind != JsonValueKind.Number)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "坐标必须是 [经度, 纬度] 数值数组。", "a position must be an array of numbers [longitude, latitude]."));
            return null;
        }

        var lon = p[0].GetDouble();
        var lat = p[1].GetDouble();
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "坐标超出范围：请按 [经度, 纬度] 书写，经度 −180…180、纬度 −90…90；投影坐标须先转换为经纬度。", "a coordinate is out of range: write [longitude, latitude] within −180…180 and −90…90; projected coordinates must be converted to longitude/latitude first."));
            return null;
        }

        return new Coordinate(lon, lat);
    }

    private static Coordinate[]? Sequence(JsonElement a, string path, int min, bool ring, ref long count, VertexBudget budget, List<Diagnostic> diagnostics)
    {
        if (a.ValueKind != JsonValueKind.Array || a.GetArrayLength() < min)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, ring ? "每个环至少需要 4 个坐标（首尾相同）。" : $"至少需要 {min} 个坐标。", ring ? "each ring needs at least 4 positions (first equal to last)." : $"at least {min} position(s) are needed."));
            return null;
        }

        var n = a.GetArrayLength();
        count += n;
        budget.Remaining -= n;
        if (count > budget.PerGeometry || budget.Remaining < 0)
        {
            diagnostics.Add(ZoningDiagnostics.TooManyVertices(path, count > budget.PerGeometry ? budget.PerGeometry : budget.Total));
            return null;
        }

        var result = new Coordinate[n];
        var i = 0;
        foreach (var p in a.EnumerateArray())
        {
            var c = Position(p, JsonPointer.Index(path, i), diagnostics);
            if (c is null)
            {
                return null;
            }

            result[i++] = c;
        }

        if (ring && !result[0].Equals2D(result[^1]))
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "环未闭合：最后一个坐标必须与第一个相同。", "the ring is not closed: the last position must equal the first."));
            return null;
        }

        return result;
    }

    private static MultiLineString? MultiLine(JsonElement a, string path, ref long count, VertexBudget budget, List<Diagnostic> diagnostics)
    {
        var lines = new List<LineString>();
        var i = 0;
        foreach (var l in a.EnumerateArray())
        {
            var seq = Sequence(l, JsonPointer.Index(path, i++), 2, false, ref count, budget, diagnostics);
            if (seq is null)
            {
                return null;
            }

            lines.Add(Factory.CreateLineString(seq));
        }

        return Factory.CreateMultiLineString([.. lines]);
    }

    private static Polygon? Polygon(JsonElement a, string path, ref long count, VertexBudget budget, List<Diagnostic> diagnostics)
    {
        if (a.ValueKind != JsonValueKind.Array || a.GetArrayLength() == 0)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "多边形必须是非空的环数组。", "a polygon must be a non-empty array of rings."));
            return null;
        }

        var rings = new List<LinearRing>();
        var i = 0;
        foreach (var r in a.EnumerateArray())
        {
            var seq = Sequence(r, JsonPointer.Index(path, i++), 4, true, ref count, budget, diagnostics);
            if (seq is null)
            {
                return null;
            }

            rings.Add(Factory.CreateLinearRing(seq));
        }

        return Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
    }

    private static MultiPolygon? MultiPolygon(JsonElement a, string path, ref long count, VertexBudget budget, List<Diagnostic> diagnostics)
    {
        if (a.GetArrayLength() == 0)
        {
            diagnostics.Add(ZoningDiagnostics.BadGeometry(path, "MultiPolygon 至少需要一个多边形。", "a MultiPolygon needs at least one polygon."));
            return null;
        }

        var polygons = new List<Polygon>();
        var i = 0;
        foreach (var p in a.EnumerateArray())
        {
            var polygon = Polygon(p, JsonPointer.Index(path, i++), ref count, budget, diagnostics);
            if (polygon is null)
            {
                return null;
            }

            polygons.Add(polygon);
        }

        return Factory.CreateMultiPolygon([.. polygons]);
    }
}
