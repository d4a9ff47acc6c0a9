using BenchmarkDotNet.Attributes;
using Carbon.Benchmarks.Infrastructure;
using Carbon.Data;
using Carbon.Sdk.Factors;

namespace Carbon.Benchmarks;

/// <summary>
/// Factor resolution: what every activity line does several times. Goal: zero allocations per lookup. The baseline is
/// the cheapest thing that could work, a dictionary keyed by record id (it cannot choose by region, year or date).
/// </summary>
public class FactorResolution
{
    private FactorCatalog _catalog = null!;
    private Dictionary<string, FactorRecord> _byId = null!;
    private FactorQuery[] _queries = null!;
    private string[] _ids = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = Samples.Engine();
        _catalog = new FactorCatalog(engine.Catalog.DataSets.Select((d, i) => (d, i)));
        _byId = engine.Catalog.DataSets.SelectMany(d => d.Records).ToDictionary(r => r.Id, StringComparer.Ordinal);
        // A fuel parameter, a regional grid factor of a year, and a GWP value of a gas: the three shapes of query.
        _ids = ["fuel-s8.coal.raw.ncv", "grid.mee-nbs.2023.南方", "gwp.AR5.CH4"];
        var on = new DateOnly(2025, 10, 15);
        _queries = [.. _ids.Select(id => _byId[id]).Select(r => new FactorQuery(r.Subject, r.Parameter, r.Gas, r.Region, r.Year, r.Variant, on))];
        for (var i = 0; i < _ids.Length; i++)
        {
            if (!_catalog.TryResolve(in _queries[i], out var found) || found.Id != _ids[i])
            {
                throw new InvalidOperationException("Query " + i + " does not resolve to " + _ids[i]);
            }
        }
    }

    /// <summary>Three lookups by id in a dictionary.</summary>
    [Benchmark(Baseline = true)]
    public double DictionaryById()
    {
        var sum = 0.0;
        foreach (var id in _ids)
        {
            sum += _byId[id].Value;
        }

        return sum;
    }

    /// <summary>Three resolutions by subject, parameter, gas, region, year and date, choosing the most specific record.</summary>
    [Benchmark]
    public double CatalogResolve()
    {
        var sum = 0.0;
        foreach (ref readonly var q in _queries.AsSpan())
        {
            if (_catalog.TryResolve(in q, out var r))
            {
                sum += r.Value;
            }
        }

        return sum;
    }
}
