using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>The shipped data: every number cited and tagged, and every value exactly as the domain notes give it.</summary>
public sealed class DataSetTests
{
    private readonly ConcretePlugin _plugin = new();

    private DataSet Gb36888 => _plugin.DataSets.Single(s => s.Id == "concrete.gb36888-2018");

    private DataSet Gbt51366 => _plugin.DataSets.Single(s => s.Id == "concrete.gbt51366-2019");

    private BenchmarkTable Table => Gb36888.Benchmarks.Single(t => t.Id == "gb36888-2018");

    [Fact]
    public void The_plugin_ships_two_data_sets_that_read_without_errors()
    {
        _plugin.DataSets.Select(s => s.Id).Should().Equal("concrete.gb36888-2018", "concrete.gbt51366-2019");
        _plugin.DataSets.Should().OnlyContain(s => s.ContentHash.Length == 64 && s.Title.IsComplete);
    }

    [Fact]
    public void Every_shipped_record_cites_its_source_and_carries_a_status()
    {
        var records = _plugin.DataSets.SelectMany(s => s.Records).ToList();
        records.Should().HaveCount(5);
        foreach (var record in records)
        {
            record.Source.Document.Should().NotBeNullOrWhiteSpace(record.Id);
            record.Source.Clause.Should().NotBeNullOrWhiteSpace(record.Id);
            record.Source.Url.Should().StartWith("https://", record.Id);
            record.Source.Edition.Should().Contain("2019-12-01", record.Id);
            record.Status.Should().BeOneOf([DataStatus.Confirmed, DataStatus.SingleSource], record.Id);
            record.Note.Should().NotBeNullOrWhiteSpace(record.Id);
            record.Id.Should().StartWith("concrete.", "record ids must be unique across all loaded data sets");
            record.DataSet.Should().Be("concrete.gbt51366-2019");
            record.Gas.Should().BeNull("GB/T 51366 factors are CO2e factors, not a single gas");
        }
    }

    [Fact]
    public void Every_shipped_benchmark_level_cites_its_source_and_carries_a_status()
    {
        Table.Source.Document.Should().Contain("GB 36888-2018");
        Table.Source.Clause.Should().Contain("表1").And.Contain("requires independent review");
        Table.Source.Url.Should().Be("https://github.com/adgo07/ECQuota-Insight");
        Table.Source.Edition.Should().Contain("2018-11-19").And.Contain("2019-12-01");
        Table.Status.Should().Be(DataStatus.SingleSource, "energy.md §5.2 tags the transcription [S]");
        Table.EffectiveFrom.Should().Be(new DateOnly(2019, 12, 1));
        Table.EffectiveTo.Should().BeNull();
        Table.Indicators.SelectMany(i => i.Levels).Should().OnlyContain(l => l.Status == DataStatus.SingleSource && l.Name.IsComplete);
    }

    // energy.md §5.2, GB 36888-2018 clause 4 table 1 [S]: production 0.30 / 0.70 / 1.10 kgce/m³.
    [Theory]
    [InlineData("level-1", 0.30)]
    [InlineData("level-2", 0.70)]
    [InlineData("level-3", 1.10)]
    public void Production_levels_are_exactly_as_published(string level, double value)
    {
        var indicator = Table.Indicators.Single(i => i.Id == "ready-mix.production-energy");
        indicator.Stage.Should().Be("production");
        indicator.Product.Should().Be("concrete.ready-mix");
        indicator.Basis.Should().Be(IndicatorBasis.ComprehensiveEnergy);
        indicator.Unit.Should().Be("kgce/m³");
        indicator.Levels.Single(l => l.Level == level).Value.Should().Be(value);
    }

    // energy.md §5.2, GB 36888-2018 clause 4 table 1 [S]: transport 1.85 / 2.65 / 2.90 kgce/m³.
    [Theory]
    [InlineData("level-1", 1.85)]
    [InlineData("level-2", 2.65)]
    [InlineData("level-3", 2.90)]
    public void Transport_levels_are_exactly_as_published(string level, double value)
    {
        var indicator = Table.Indicators.Single(i => i.Id == "ready-mix.transport-energy");
        indicator.Stage.Should().Be("transport");
        indicator.Product.Should().Be("concrete.ready-mix");
        indicator.Basis.Should().Be(IndicatorBasis.ComprehensiveEnergy);
        indicator.Unit.Should().Be("kgce/m³");
        indicator.Levels.Single(l => l.Level == level).Value.Should().Be(value);
    }

    [Fact]
    public void Levels_are_listed_best_first_and_their_unit_is_standard_coal_per_cubic_metre()
    {
        foreach (var indicator in Table.Indicators)
        {
            indicator.Levels.Select(l => l.Level).Should().Equal("level-1", "level-2", "level-3");
            indicator.Levels.Select(l => l.Value).Should().BeInAscendingOrder();
            QuantityParser.TryParseUnit(indicator.Unit, out var unit, out _).Should().BeTrue();
            unit.Dimension.Should().Be(Dimension.OfCoalEquivalent / Dimension.OfVolume);
            unit.Scale.Should().Be(1e-3, "1 kgce/m³ = 0.001 tce/m³");
        }
    }

    // ghg-methods.md §3.2: GB/T 51366-2019 appendix factors. [C]: P·O cement 735 kg CO2e/t, C30 295, C50 385 kg CO2e/m³;
    // [S]: sand 2.51, natural gypsum 32.8 kg CO2e/t.
    [Theory]
    [InlineData("concrete.gbt51366.cement-po", "concrete.cement-po", null, 735.0, "kg CO2e/t", DataStatus.Confirmed)]
    [InlineData("concrete.gbt51366.ready-mix.c30", "concrete.ready-mix", "C30", 295.0, "kg CO2e/m³", DataStatus.Confirmed)]
    [InlineData("concrete.gbt51366.ready-mix.c50", "concrete.ready-mix", "C50", 385.0, "kg CO2e/m³", DataStatus.Confirmed)]
    [InlineData("concrete.gbt51366.sand", "concrete.sand", null, 2.51, "kg CO2e/t", DataStatus.SingleSource)]
    [InlineData("concrete.gbt51366.natural-gypsum", "concrete.natural-gypsum", null, 32.8, "kg CO2e/t", DataStatus.SingleSource)]
    public void Material_factors_are_exactly_as_published(string id, string subject, string? variant, double value, string unit, DataStatus status)
    {
        var record = Gbt51366.Records.Single(r => r.Id == id);
        record.Subject.Should().Be(subject);
        record.Parameter.Should().Be("embodied-co2e");
        record.Variant.Should().Be(variant);
        record.Value.Should().Be(value);
        record.Unit.Should().Be(unit);
        record.Status.Should().Be(status);
    }

    [Fact]
    public void No_unconfirmed_value_of_the_notes_is_shipped()
    {
        // ghg-methods.md §3.2: 平板玻璃 1130 and 钢 2340 are UNCONFIRMED and stay out; no dust coefficient exists (§3.4).
        var values = _plugin.DataSets.SelectMany(s => s.Records).Select(r => r.Value).ToList();
        values.Should().NotContain([1130.0, 2340.0]);
        _plugin.DataSets.SelectMany(s => s.Records).Should().NotContain(r => r.Status == DataStatus.Unconfirmed);
        _plugin.DataSets.SelectMany(s => s.Records).Should().NotContain(r => r.Subject.Contains("dust", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_hashes_pin_the_versions()
    {
        // A regression pin, not a computed expectation: if a value changes, bump the data set's version and the pin.
        var pins = _plugin.DataSets.ToDictionary(s => s.Id + "@" + s.Version, s => s.ContentHash);
        pins.Keys.Should().BeEquivalentTo("concrete.gb36888-2018@2018.1", "concrete.gbt51366-2019@2019.1");
        pins["concrete.gb36888-2018@2018.1"].Should().Be(PinnedHashes.Gb36888);
        pins["concrete.gbt51366-2019@2019.1"].Should().Be(PinnedHashes.Gbt51366);
    }
}
