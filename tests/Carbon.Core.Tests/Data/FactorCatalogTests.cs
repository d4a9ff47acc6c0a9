using Carbon.Data;
using Carbon.Sdk;
using Carbon.Sdk.Factors;

namespace Carbon.Core.Tests.Data;

/// <summary>The documented, deterministic resolution rule of <see cref="IFactorResolver"/>.</summary>
public class FactorCatalogTests
{
    private static FactorRecord R(string id, double value, string? region = null, int? year = null, string? variant = null, DateOnly? from = null, DateOnly? to = null) => new()
    {
        Id = id, Subject = "s", Parameter = "p", Value = value, Unit = "1", Region = region, Year = year, Variant = variant, ValidFrom = from, ValidTo = to,
        Source = new SourceCitation("test"), Status = DataStatus.Confirmed,
    };

    private static DataSet Set(string id, params FactorRecord[] records) => new() { Id = id, Version = "1", Title = new LocalizedText("t", "t"), Records = [.. records] };

    private static double Resolve(FactorCatalog catalog, FactorQuery query) => catalog.TryResolve(query, out var r) ? r.Value : double.NaN;

    [Fact]
    public void Region_beats_national_and_year_beats_no_year()
    {
        var catalog = new FactorCatalog([(Set("a", R("n", 1), R("r", 2, region: "华东"), R("y", 3, year: 2023)), 0)]);
        Resolve(catalog, new FactorQuery("s", "p", Region: "华东")).Should().Be(2);
        Resolve(catalog, new FactorQuery("s", "p", Region: "华北")).Should().Be(1); // falls back to the national record
        Resolve(catalog, new FactorQuery("s", "p", Year: 2023)).Should().Be(3);
        Resolve(catalog, new FactorQuery("s", "p", Year: 2022)).Should().Be(1); // a record of another year never matches
    }

    [Fact]
    public void Variant_must_match_exactly()
    {
        var catalog = new FactorCatalog([(Set("a", R("n", 1), R("v", 2, variant: "fossil")), 0)]);
        Resolve(catalog, new FactorQuery("s", "p")).Should().Be(1);
        Resolve(catalog, new FactorQuery("s", "p", Variant: "fossil")).Should().Be(2);
        Resolve(catalog, new FactorQuery("s", "p", Variant: "other")).Should().Be(double.NaN);
    }

    [Fact]
    public void Validity_period_is_respected()
    {
        var catalog = new FactorCatalog([(Set("a", R("old", 1, to: new DateOnly(2022, 12, 31)), R("new", 2, from: new DateOnly(2023, 1, 1))), 0)]);
        Resolve(catalog, new FactorQuery("s", "p", On: new DateOnly(2022, 6, 1))).Should().Be(1);
        Resolve(catalog, new FactorQuery("s", "p", On: new DateOnly(2023, 1, 1))).Should().Be(2);
    }

    [Fact]
    public void Higher_priority_data_wins_ties_and_then_the_lowest_id()
    {
        var catalog = new FactorCatalog([(Set("core", R("b", 1)), 0), (Set("user", R("z", 2)), 2)]);
        Resolve(catalog, new FactorQuery("s", "p")).Should().Be(2);
        var tie = new FactorCatalog([(Set("one", R("b", 1), R("a", 2)), 0)]);
        Resolve(tie, new FactorQuery("s", "p")).Should().Be(2);
    }
}
