using System.Collections.Immutable;
using Carbon.Projects;
using Carbon.Sdk.Diagnostics;
using Carbon.Zoning.Loading;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;
using Carbon.Zoning.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Distance;

namespace Carbon.Zoning.Evaluation;

/// <summary>
/// The project site located in a pack: the units and zones it lies in, and cached answers to
/// <c>site.within</c> and <c>site.distanceTo</c>. One per assessment; not shared between threads.
/// </summary>
internal sealed class SiteContext
{
    private readonly PackContent _pack;
    private readonly Dictionary<string, Value> _within = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Value> _distance = new(StringComparer.Ordinal);
    private LocalProjection? _projection;
    private Geometry? _projected;

    private SiteContext(PackContent pack, Geometry? geometry, string type)
    {
        _pack = pack;
        Geometry = geometry;
        Type = type;
        if (geometry is null)
        {
            Units = [];
            Zones = [];
            return;
        }

        var hits = new List<int>();
        if (geometry is Point p)
        {
            pack.Index.UnitsCovering(p.Coordinate, hits);
        }
        else
        {
            pack.Index.UnitsOverlapping(geometry, hits);
        }

        Units = [.. hits];
        hits.Clear();
        if (geometry is Point q)
        {
            pack.Index.ZonesCovering(q.Coordinate, hits);
        }
        else
        {
            pack.Index.ZonesIntersecting(geometry, hits);
        }

        Zones = [.. hits];
    }

    /// <summary>The site geometry (lon/lat), or null when the project gives none.</summary>
    public Geometry? Geometry { get; }

    /// <summary>Point, Polygon, MultiPolygon or none.</summary>
    public string Type { get; }

    /// <summary>Indexes of the units the site lies in, in code order.</summary>
    public ImmutableArray<int> Units { get; }

    /// <summary>Indexes of the zones the site lies in, in id order.</summary>
    public ImmutableArray<int> Zones { get; }

    public static SiteContext Create(PackContent pack, SiteLocation? location, List<Diagnostic> diagnostics)
    {
        if (location is null)
        {
            return new SiteContext(pack, null, "none");
        }

        var f = GeoJsonGeometryReader.Factory;
        Geometry g;
        if (location.Type == "Point" && location.Point.Length >= 2)
        {
            g = f.CreatePoint(new Coordinate(location.Point[0], location.Point[1]));
        }
        else if (location.Polygons.Length > 0)
        {
            var polygons = location.Polygons.Select(rings =>
            {
                var lr = rings.Select(r => f.CreateLinearRing([.. r.Select(c => new Coordinate(c.Lon, c.Lat))])).ToArray();
                return f.CreatePolygon(lr[0], lr[1..]);
            }).ToArray();
            g = polygons.Length == 1 && location.Type == "Polygon" ? polygons[0] : f.CreateMultiPolygon(polygons);
            if (!g.IsValid)
            {
                var repaired = GeometryFixer.Fix(g);
                if (repaired.IsEmpty || repaired is not IPolygonal)
                {
                    diagnostics.Add(ZoningDiagnostics.InvalidSite("多边形无效且无法修复（面积为零或退化）。", "the polygon is invalid and cannot be repaired (zero area or degenerate)."));
                    return new SiteContext(pack, null, location.Type);
                }

                diagnostics.Add(ZoningDiagnostics.InvalidSite("多边形自相交或嵌套错误，已自动修复后判定；请核对坐标。", "the polygon self-intersects or is wrongly nested; it was repaired before the checks. Check the coordinates."));
                g = repaired;
            }
        }
        else
        {
            return new SiteContext(pack, null, location.Type);
        }

        return new SiteContext(pack, g, location.Type);
    }

    private static ulong NoSite => 0;

    public Coordinate? Centre => Geometry switch
    {
        null => null,
        Point p => p.Coordinate,
        var g => g.Centroid.Coordinate,
    };

    private LocalProjection Projection => _projection ??= new LocalProjection(Centre!.X, Centre.Y);

    private Geometry Projected => _projected ??= Projection.Project(Geometry!);

    /// <summary>The site's area in m² (0 for a point); unknown without a site.</summary>
    public Value Area => Geometry is null ? Value.Unknown(NoSite) : Value.Of(Geometry is Point ? 0 : Projected.Area);

    public double? AreaSquareMetres => Geometry is null or Point ? null : Projected.Area;

    /// <summary>Whether the site lies in (touches) a zone of a kind, or in the zone with that id.</summary>
    public Value Within(string kindOrId)
    {
        if (Geometry is null)
        {
            return Value.Unknown(NoSite);
        }

        if (_within.TryGetValue(kindOrId, out var cached))
        {
            return cached;
        }

        var ids = Zones.Where(i => _pack.Zones[i].Kind == kindOrId || _pack.Zones[i].Id == kindOrId).Select(i => _pack.Zones[i].Id).ToList();
        var v = Value.Of(ids.Count > 0, ids.Count > 0 ? string.Join(", ", ids) : null);
        _within[kindOrId] = v;
        return v;
    }

    /// <summary>The distance in metres to the nearest zone of a kind (or the zone with that id); 0 when the site touches it.</summary>
    public Value DistanceTo(string kindOrId)
    {
        if (Geometry is null)
        {
            return Value.Unknown(NoSite);
        }

        if (_distance.TryGetValue(kindOrId, out var cached))
        {
            return cached;
        }

        ImmutableArray<int> candidates = _pack.ZonesByKind.TryGetValue(kindOrId, out var byKind)
            ? byKind
            : _pack.ZonesById.TryGetValue(kindOrId, out var one) ? [one] : [];
        Value v;
        if (candidates.IsEmpty)
        {
            // Nothing of that kind is mapped in the pack: the distance is not known, not infinite.
            v = Value.Unknown(NoSite);
        }
        else
        {
            var best = double.PositiveInfinity;
            string? nearest = null;
            var env = Geometry.EnvelopeInternal;
            foreach (var i in candidates)
            {
                var zone = _pack.Zones[i];
                if (Projection.EnvelopeDistance(env, zone.Geometry.EnvelopeInternal) >= best)
                {
                    continue;
                }

                var d = zone.Geometry.Intersects(Geometry) ? 0 : DistanceOp.Distance(Projected, Projection.Project(zone.Geometry));
                if (d < best)
                {
                    best = d;
                    nearest = zone.Id;
                }
            }

            v = Value.Of(best, "→ " + nearest); // language-neutral: "to zone X"
        }

        _distance[kindOrId] = v;
        return v;
    }

    /// <summary>The control sections of the water zones the site lies in.</summary>
    public IEnumerable<ControlSection> Sections => Zones
        .Select(i => _pack.Zones[i].SectionId)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Select(id => _pack.Sections[id]);
}
