using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Projects;

/// <summary>Reads the <c>location</c> member: a GeoJSON Point, Polygon or MultiPolygon in [lon, lat].</summary>
internal static class SiteLocationReader
{
    public static SiteLocation? Read(JsonElement element, string path, int maxVertices, List<Diagnostic> diagnostics)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(ProjectDiagnostics.BadGeometry(path, "location 必须是 GeoJSON 几何对象，例如 {\"type\":\"Point\",\"coordinates\":[112.9,28.2]}。", "location must be a GeoJSON geometry object, e.g. {\"type\":\"Point\",\"coordinates\":[112.9,28.2]}."));
            return null;
        }

        var o = new ObjectReader(element, path, diagnostics);
        var type = o.String("type", required: true);
        o.TryGet("coordinates", out var coordinates);
        o.TryGet("crs", out _);
        o.ReportUnknown();
        if (type is null)
        {
            return null;
        }

        var cpath = JsonPointer.Member(path, "coordinates");
        if (coordinates.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(ProjectDiagnostics.BadGeometry(cpath, "缺少 coordinates 数组。", "coordinates must be an array."));
            return null;
        }

        var vertices = 0;
        switch (type)
        {
            case "Point":
                {
                    var p = ReadPosition(coordinates, cpath, diagnostics);
                    if (p is null)
                    {
                        return null;
                    }

                    WarnOutsideChina(p.Value.Lon, p.Value.Lat, cpath, diagnostics);
                    return new SiteLocation { Type = type, Point = [p.Value.Lon, p.Value.Lat], Path = path };
                }

            case "Polygon":
                {
                    var polygon = ReadPolygon(coordinates, cpath, ref vertices, maxVertices, diagnostics);
                    return polygon is null ? null : new SiteLocation { Type = type, Polygons = [polygon.Value], Path = path };
                }

            case "MultiPolygon":
                {
                    var polygons = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<(double Lon, double Lat)>>>();
                    var i = 0;
                    var ok = true;
                    foreach (var poly in coordinates.EnumerateArray())
                    {
                        var polygon = ReadPolygon(poly, JsonPointer.Index(cpath, i++), ref vertices, maxVertices, diagnostics);
                        if (polygon is null)
                        {
                            ok = false;
                            break;
                        }

                        polygons.Add(polygon.Value);
                    }

                    if (ok && polygons.Count == 0)
                    {
                        diagnostics.Add(ProjectDiagnostics.BadGeometry(cpath, "MultiPolygon 至少需要一个多边形。", "A MultiPolygon needs at least one polygon."));
                        ok = false;
                    }

                    return ok ? new SiteLocation { Type = type, Polygons = polygons.ToImmutable(), Path = path } : null;
                }

            default:
                diagnostics.Add(ProjectDiagnostics.BadEnum(JsonPointer.Member(path, "type"), type, "Point, Polygon, MultiPolygon"));
                return null;
        }
    }

    private static ImmutableArray<ImmutableArray<(double Lon, double Lat)>>? ReadPolygon(JsonElement polygon, string path, ref int vertices, int maxVertices, List<Diagnostic> diagnostics)
    {
        if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
        {
            diagnostics.Add(ProjectDiagnostics.BadGeometry(path, "多边形必须是非空的环数组。", "A polygon must be a non-empty array of rings."));
            return null;
        }

        var rings = ImmutableArray.CreateBuilder<ImmutableArray<(double, double)>>();
        var r = 0;
        foreach (var ring in polygon.EnumerateArray())
        {
            var rpath = JsonPointer.Index(path, r++);
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
            {
                diagnostics.Add(ProjectDiagnostics.BadGeometry(rpath, "每个环至少需要 4 个坐标（首尾相同）。", "Each ring needs at least 4 positions (first equal to last)."));
                return null;
            }

            vertices += ring.GetArrayLength();
            if (vertices > maxVertices)
            {
                diagnostics.Add(ProjectDiagnostics.TooManyVertices(rpath, maxVertices));
                return null;
            }

            var positions = ImmutableArray.CreateBuilder<(double, double)>();
            var k = 0;
            foreach (var position in ring.EnumerateArray())
            {
                var p = ReadPosition(position, JsonPointer.Index(rpath, k++), diagnostics);
                if (p is null)
                {
                    return null;
                }

                positions.Add(p.Value);
            }

            if (positions[0] != positions[^1])
            {
                diagnostics.Add(ProjectDiagnostics.BadGeometry(rpath, "环未闭合：最后一个坐标必须与第一个相同。", "The ring is not closed: the last position must equal the first."));
                return null;
            }

            if (r == 1)
            {
                WarnOutsideChina(positions[0].Item1, positions[0].Item2, rpath, diagnostics);
            }

            rings.Add(positions.ToImmutable());
        }

        return rings.ToImmutable();
    }

    private static (double Lon, double Lat)? ReadPosition(JsonElement position, string path, List<Diagnostic> diagnostics)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || position.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.Number))
        {
            diagnostics.Add(ProjectDiagnostics.BadGeometry(path, "坐标必须是 [经度, 纬度] 数值数组。", "A position must be an array of numbers [longitude, latitude]."));
            return null;
        }

        var lon = position[0].GetDouble();
        var lat = position[1].GetDouble();
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            diagnostics.Add(ProjectDiagnostics.CoordinateOutOfRange(path));
            return null;
        }

        return (lon, lat);
    }

    private static void WarnOutsideChina(double lon, double lat, string path, List<Diagnostic> diagnostics)
    {
        // A coarse bounding box of China's territory; the point is to catch swapped coordinates, not to draw borders.
        if (lon is < 73 or > 136 || lat is < 3 or > 54)
        {
            diagnostics.Add(ProjectDiagnostics.OutsideChina(path));
        }
    }
}
