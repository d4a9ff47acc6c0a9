using BenchmarkDotNet.Attributes;
using Carbon.Benchmarks.Infrastructure;
using Carbon.Zoning;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Carbon.Benchmarks;

/// <summary>
/// Spatial search: locating sites among the 10 000 units of a generated province, with the pack's index (STR-tree +
/// prepared polygons) against testing every polygon with the same prepared point-in-polygon locator. Goal: ≥ 50×.
/// </summary>
public class SpatialVsBruteForce
{
    private const int Units = 10_000;
    private ZoningPack _pack = null!;
    private IPointOnGeometryLocator[] _locators = null!;
    private string[] _codes = null!;
    private Coordinate[] _sites = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = ProvincePack.Generate(Units);
        _pack = ProvincePack.Load(bytes);
        using var doc = System.Text.Json.JsonDocument.Parse(bytes);
        _codes = [.. doc.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()!)];
        // The same polygons the pack holds, built directly, each with its own prepared locator.
        var factory = new GeometryFactory();
        var side = ProvincePack.Side(Units);
        _locators = [.. Enumerable.Range(0, Units).Select(i =>
        {
            var (w, s, size) = ProvincePack.Cell(i % side, i / side, side);
            var ring = factory.CreateLinearRing([.. ProvincePack.RingCoordinates(w, s, size).Select(c => new Coordinate(c.X, c.Y))]);
            return (IPointOnGeometryLocator)new IndexedPointInAreaLocator(factory.CreatePolygon(ring));
        })];
        // 64 sites spread over the province, a fixed sequence so both sides see the same points.
        var random = new Random(20261128);
        _sites = [.. Enumerable.Range(0, 64).Select(_ => new Coordinate(ProvincePack.West + (random.NextDouble() * ProvincePack.Span), ProvincePack.South + (random.NextDouble() * ProvincePack.Span)))];
        foreach (var site in _sites)
        {
            var indexed = _pack.Locate(site.X, site.Y).UnitCodes.Order(StringComparer.Ordinal).ToList();
            var brute = BruteForce(site);
            if (!indexed.SequenceEqual(brute))
            {
                throw new InvalidOperationException($"({site.X}, {site.Y}): index says [{string.Join(",", indexed)}], brute force [{string.Join(",", brute)}].");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 64)]
    public int BruteForceEveryPolygon()
    {
        var hits = 0;
        foreach (var site in _sites)
        {
            hits += BruteForce(site).Count;
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = 64)]
    public int IndexedLocate()
    {
        var hits = 0;
        foreach (var site in _sites)
        {
            hits += _pack.Locate(site.X, site.Y).UnitCodes.Length;
        }

        return hits;
    }

    private List<string> BruteForce(Coordinate site)
    {
        var found = new List<string>(2);
        for (var i = 0; i < _locators.Length; i++)
        {
            if (_locators[i].Locate(site) != Location.Exterior)
            {
                found.Add(_codes[i]);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
