using System.Collections.Immutable;
using Carbon.Zoning.Model;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace Carbon.Zoning.Spatial;

/// <summary>
/// STR-trees over the units and zones of a pack, with an indexed point-in-area locator per polygon. Built once when
/// the pack loads (indexes forced then), read-only afterwards, so queries are thread-safe.
/// Boundary rule: a point on a boundary is covered (it belongs to every unit or zone whose boundary it is on); a
/// polygon site belongs to every unit its interior overlaps (a shared edge alone does not count) and is within every
/// zone it touches at all (the conservative reading for prohibitions).
/// </summary>
internal sealed class SpatialIndex
{
    private readonly ImmutableArray<ControlUnit> _units;
    private readonly ImmutableArray<Zone> _zones;
    private readonly STRtree<int> _unitTree = new();
    private readonly STRtree<int> _zoneTree = new();
    private readonly IPointOnGeometryLocator[] _unitLocators;
    private readonly IPointOnGeometryLocator?[] _zoneLocators;

    public SpatialIndex(ImmutableArray<ControlUnit> units, ImmutableArray<Zone> zones)
    {
        _units = units;
        _zones = zones;
        _unitLocators = new IPointOnGeometryLocator[units.Length];
        for (var i = 0; i < units.Length; i++)
        {
            _unitTree.Insert(units[i].Geometry.EnvelopeInternal, i);
            _unitLocators[i] = Prepared(units[i].Geometry);
        }

        _zoneLocators = new IPointOnGeometryLocator?[zones.Length];
        for (var i = 0; i < zones.Length; i++)
        {
            _zoneTree.Insert(zones[i].Geometry.EnvelopeInternal, i);
            _zoneLocators[i] = zones[i].Geometry is IPolygonal ? Prepared(zones[i].Geometry) : null;
        }

        _unitTree.Build();
        _zoneTree.Build();
    }

    private static IndexedPointInAreaLocator Prepared(Geometry g)
    {
        var locator = new IndexedPointInAreaLocator(g);
        // The locator builds its index lazily; build it now so that later concurrent queries only read.
        locator.Locate(g.EnvelopeInternal.Centre);
        return locator;
    }

    private sealed class Collector(List<int> into) : IItemVisitor<int>
    {
        public void VisitItem(int item) => into.Add(item);
    }

    /// <summary>Adds the units whose area or boundary covers the point, in unit order.</summary>
    public void UnitsCovering(Coordinate c, List<int> into)
    {
        var start = into.Count;
        _unitTree.Query(new Envelope(c), new Collector(into));
        var w = start;
        for (var r = start; r < into.Count; r++)
        {
            if (_unitLocators[into[r]].Locate(c) != Location.Exterior)
            {
                into[w++] = into[r];
            }
        }

        into.RemoveRange(w, into.Count - w);
        into.Sort(start, into.Count - start, null);
    }

    /// <summary>Adds the units a polygonal site overlaps (interiors intersect), or, failing that, touches.</summary>
    public void UnitsOverlapping(Geometry site, List<int> into)
    {
        var candidates = new List<int>();
        _unitTree.Query(site.EnvelopeInternal, new Collector(candidates));
        candidates.Sort();
        var touching = new List<int>();
        foreach (var i in candidates)
        {
            var im = _units[i].Geometry.Relate(site);
            if (im.Get(Location.Interior, Location.Interior) != Dimension.False)
            {
                into.Add(i);
            }
            else if (im.IsIntersects())
            {
                touching.Add(i);
            }
        }

        if (into.Count == 0)
        {
            into.AddRange(touching);
        }
    }

    /// <summary>Adds the zones whose area, boundary or line covers the point, in zone order.</summary>
    public void ZonesCovering(Coordinate c, List<int> into)
    {
        var start = into.Count;
        _zoneTree.Query(new Envelope(c), new Collector(into));
        var w = start;
        Point? point = null;
        for (var r = start; r < into.Count; r++)
        {
            var i = into[r];
            var hit = _zoneLocators[i] is { } locator
                ? locator.Locate(c) != Location.Exterior
                : _zones[i].Geometry.Intersects(point ??= _zones[i].Geometry.Factory.CreatePoint(c));
            if (hit)
            {
                into[w++] = i;
            }
        }

        into.RemoveRange(w, into.Count - w);
        into.Sort(start, into.Count - start, null);
    }

    /// <summary>Adds the zones a site geometry intersects (touching counts), in zone order.</summary>
    public void ZonesIntersecting(Geometry site, List<int> into)
    {
        var start = into.Count;
        _zoneTree.Query(site.EnvelopeInternal, new Collector(into));
        var w = start;
        for (var r = start; r < into.Count; r++)
        {
            if (_zones[into[r]].Geometry.Intersects(site))
            {
                into[w++] = into[r];
            }
        }

        into.RemoveRange(w, into.Count - w);
        into.Sort(start, into.Count - start, null);
    }
}
