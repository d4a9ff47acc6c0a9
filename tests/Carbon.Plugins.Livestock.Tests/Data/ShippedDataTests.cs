using Carbon.Plugins.Livestock.Data;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Tests.Data;

/// <summary>Every shipped record is cited, tagged and readable; the data follow the domain notes' rules.</summary>
public class ShippedDataTests
{
    private static IEnumerable<FactorRecord> Records => Herds.Plugin.DataSets.SelectMany(d => d.Records);

    private static readonly string[] Series =
    [
        Domain.Series.IpccAsia, Domain.Series.Ipcc, Domain.Series.Gbt, Domain.Series.Inventory, Domain.Series.Gb18596,
        "first-pollution-census", "five-livestock", "moa-2025", "sichuan-2017",
    ];

    [Fact]
    public void Every_record_has_a_source_a_status_and_a_readable_unit()
    {
        foreach (var r in Records)
        {
            r.Source.Document.Should().NotBeNullOrWhiteSpace(r.Id);
            r.Source.Clause.Should().NotBeNullOrWhiteSpace(r.Id);
            r.Status.Should().NotBe(DataStatus.ProjectSupplied, r.Id);
            QuantityParser.TryParseUnit(r.Unit, out _, out _).Should().BeTrue(r.Id);
            double.IsFinite(r.Value).Should().BeTrue(r.Id);
            r.Value.Should().BeGreaterThanOrEqualTo(0, r.Id);
            r.Note.Should().NotBeNullOrWhiteSpace(r.Id + ": every record says where in the notes it comes from");
            r.DataSet.Should().StartWith("livestock.");
            r.DataSetVersion.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Ids_are_unique_and_prefixed()
    {
        Records.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("livestock.", StringComparison.Ordinal));
    }

    [Fact]
    public void Unconfirmed_records_say_so_in_their_note()
    {
        foreach (var r in Records.Where(r => r.Status == DataStatus.Unconfirmed))
        {
            r.Note.Should().Contain("UNCONFIRMED", r.Id);
        }
    }

    [Fact]
    public void Sources_carry_urls_where_the_notes_give_one()
    {
        foreach (var r in Records.Where(r => r.DataSet is "livestock.ipcc-2006" or "livestock.gb-18596-2001" || r.DataSet.StartsWith("livestock.scale.", StringComparison.Ordinal)))
        {
            r.Source.Url.Should().StartWith("http", r.Id);
        }
    }

    [Fact]
    public void Variants_use_known_series_and_parsable_temperature_rows()
    {
        foreach (var r in Records)
        {
            r.Variant.Should().NotBeNull(r.Id);
            var series = r.Variant!.Split('/')[0];
            Series.Should().Contain(series, r.Id);
            var qualifier = r.Variant.Contains('/', StringComparison.Ordinal) ? r.Variant[(r.Variant.IndexOf('/', StringComparison.Ordinal) + 1)..] : null;
            if (qualifier is not null && TemperatureRowIndex.IsTemperatureQualifier(qualifier))
            {
                TemperatureRowIndex.TryParse(qualifier[1..], out _, out _).Should().BeTrue(r.Id);
            }
            else if (qualifier is not null)
            {
                qualifier.Should().MatchRegex("^[a-z][a-z-]*$", r.Id);
            }
        }
    }

    [Fact]
    public void Emission_factors_name_their_gas_and_regions_are_the_six_China_regions()
    {
        Records.Where(r => r.Parameter is "enteric-ch4-ef" or "manure-ch4-ef").Should().OnlyContain(r => r.Gas == Gas.CH4);
        Records.Where(r => r.Parameter == "manure-n2o-ef").Should().OnlyContain(r => r.Gas == Gas.N2O);
        Records.Where(r => r.Region is not null).Should().OnlyContain(r => Choices.Regions.Contains(r.Region!));
    }

    [Fact]
    public void Inventory_set_is_all_unconfirmed_and_does_not_duplicate_the_rows_GBT_corroborates()
    {
        var inventory = Herds.Plugin.DataSets.Single(d => d.Id == "livestock.china-provincial-inventory-2011").Records;
        inventory.Should().OnlyContain(r => r.Status == DataStatus.Unconfirmed);
        inventory.Where(r => r.Parameter is "manure-ch4-ef" or "manure-n2o-ef")
            .Should().NotContain(r => r.Subject == "livestock.pig" || r.Subject == "livestock.swine" || r.Subject == "livestock.dairy-cattle" || r.Subject == "livestock.non-dairy-cattle");
    }

    [Theory]
    // Spot checks against ghg-methods.md and zoning.md, value and status as published.
    [InlineData("livestock.ipcc2006.enteric.dairy-cattle", 68, DataStatus.SingleSource)]
    [InlineData("livestock.ipcc2006.manure-ch4.dairy-cattle.t20", 18, DataStatus.SingleSource)]
    [InlineData("livestock.ipcc2006.manure-ch4.swine.t20", 4, DataStatus.SingleSource)]
    [InlineData("livestock.ipcc2006.ef4", 0.01, DataStatus.Confirmed)]
    [InlineData("livestock.ipcc2006.ef5", 0.0075, DataStatus.SingleSource)]
    [InlineData("livestock.ipcc2006.climate-band.cool-upper", 15, DataStatus.Unconfirmed)]
    [InlineData("livestock.ipcc2006.vs.swine", 0.3, DataStatus.Unconfirmed)]
    [InlineData("livestock.ipcc2006.ef3.poultry-with-litter", 0.02, DataStatus.Unconfirmed)]
    [InlineData("livestock.gbt32151-22.manure-ch4.pig.4", 5.85, DataStatus.SingleSource)]
    [InlineData("livestock.gbt32151-22.mcf.pit-storage.tge26", 30.0, DataStatus.SingleSource)]
    [InlineData("livestock.inventory2011.enteric.dairy-cattle.grazing", 99.3, DataStatus.Unconfirmed)]
    [InlineData("livestock.gb18596.animals-per-pig.broilers", 60, DataStatus.Confirmed)]
    [InlineData("livestock.gb18596.animals-per-pig.sheep", 3, DataStatus.Unconfirmed)]
    [InlineData("livestock.scale.first-pollution-census.layers", 20000, DataStatus.Confirmed)]
    [InlineData("livestock.scale.five-livestock.layers", 10000, DataStatus.Unconfirmed)]
    [InlineData("livestock.scale.moa-2025.layers", 2000, DataStatus.SingleSource)]
    public void Spot_checks(string id, double value, DataStatus status)
    {
        var record = Records.Single(r => r.Id == id);
        record.Value.Should().Be(value);
        record.Status.Should().Be(status);
    }

    [Fact]
    public void The_2025_standard_is_valid_from_1_September_2025()
    {
        Herds.Plugin.DataSets.Single(d => d.Id == "livestock.scale.moa-2025").Records
            .Should().OnlyContain(r => r.ValidFrom == new DateOnly(2025, 9, 1) && r.Source.Edition!.Contains("2025-09-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_10_14_has_every_whole_degree_from_10_to_28_for_each_row()
    {
        foreach (var row in new[] { "dairy-cattle", "other-cattle", "buffalo", "swine" })
        {
            var variants = Records.Where(r => r.Subject == "livestock." + row && r.Parameter == "manure-ch4-ef" && r.Variant!.StartsWith("ipcc-2006-asia/t=", StringComparison.Ordinal))
                .Select(r => int.Parse(r.Variant!["ipcc-2006-asia/t=".Length..], System.Globalization.CultureInfo.InvariantCulture));
            variants.Should().BeEquivalentTo(Enumerable.Range(10, 19), row);
        }
    }

    [Fact]
    public void Every_category_that_is_calculable_has_its_rows()
    {
        // For each category and method the calculator claims to cover, the rows it names exist in the data.
        var keys = Records.Select(r => (r.Subject, r.Parameter)).ToHashSet();
        foreach (var c in LivestockCategories.All)
        {
            if (c.IpccEnteric is not null)
            {
                keys.Should().Contain(("livestock." + c.IpccEnteric, "enteric-ch4-ef"), c.Id);
            }

            if (c.IpccManureRow is not null)
            {
                keys.Should().Contain(("livestock." + c.IpccManureRow, "manure-ch4-ef"), c.Id);
            }

            if (c.IpccNexRow is not null)
            {
                keys.Should().Contain(("livestock." + c.IpccNexRow, "n-excretion-rate"), c.Id);
            }

            if (c.GbtRow is not null)
            {
                keys.Should().Contain(("livestock." + c.GbtRow, "n-excretion"), c.Id);
            }

            if (c.PigEquivalentRow is not null)
            {
                var subject = "livestock." + c.PigEquivalentRow;
                (keys.Contains((subject, "pigs-per-animal")) || keys.Contains((subject, "animals-per-pig"))).Should().BeTrue(c.Id);
            }

            foreach (var key in c.ScaleKeys)
            {
                keys.Should().Contain(("livestock." + key, "scale-threshold"), c.Id);
            }
        }
    }

    [Fact]
    public void Data_sets_have_content_hashes_and_the_documented_files()
    {
        Herds.Plugin.DataSets.Should().HaveCount(LivestockData.Files.Length);
        Herds.Plugin.DataSets.Should().OnlyContain(d => d.ContentHash.Length == 64 && d.Title.IsComplete && d.Source != null);
    }
}
