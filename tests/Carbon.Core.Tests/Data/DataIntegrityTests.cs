using System.Security.Cryptography;
using Carbon.Core.Tests.Support;
using Carbon.Data;
using Carbon.Sdk.Factors;

namespace Carbon.Core.Tests.Data;

/// <summary>Every shipped number has a source and a status, and no value changes without a new data-set version.</summary>
public class DataIntegrityTests
{
    private static readonly ICarbonEngine Engine = Engines.Create();

    [Fact]
    public void Every_core_record_is_cited_and_tagged()
    {
        var records = Engine.Catalog.DataSets.SelectMany(d => d.Records).ToList();
        records.Should().NotBeEmpty();
        records.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Source.Document));
        records.Should().OnlyContain(r => Enum.IsDefined(r.Status) && r.Status != DataStatus.ProjectSupplied);
        records.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        records.Should().OnlyContain(r => double.IsFinite(r.Value));
    }

    [Fact]
    public void Data_set_content_is_pinned_to_its_version()
    {
        // A changed value must come with a new version: update both the version in the JSON and this table together.
        var pinned = new Dictionary<string, (string Version, string Sha256)>
        {
            ["carbon.gbt2589"] = ("2008-annex-a.1", Hash("Carbon.Data.gbt2589.json")),
            ["carbon.fuel-parameters"] = ("s8.1", Hash("Carbon.Data.fuel-parameters.json")),
            ["carbon.grid-factors"] = ("2026.1", Hash("Carbon.Data.grid-factors.json")),
            ["carbon.heat-factors"] = ("2025.1", Hash("Carbon.Data.heat-factors.json")),
            ["carbon.gwp"] = ("2024.1", Hash("Carbon.Data.gwp.json")),
        };
        foreach (var (id, (version, hash)) in pinned)
        {
            var set = Engine.Catalog.DataSets.Single(d => d.Id == id);
            set.Version.Should().Be(version);
            set.ContentHash.Should().Be(hash);
        }

        PinnedHashes.Should().ContainKeys(pinned.Keys);
        foreach (var (id, hash) in PinnedHashes)
        {
            Engine.Catalog.DataSets.Single(d => d.Id == id).ContentHash.Should().Be(hash, $"{id} changed: bump its version and update this pin");
        }
    }

    /// <summary>The hashes as of the versions above (lower-case SHA-256 of the embedded JSON).</summary>
    private static readonly Dictionary<string, string> PinnedHashes = new()
    {
        ["carbon.gbt2589"] = "746a0ed0143af7f8e9039530779dbc9ce311311963063d4083c3563c937a2ebe",
        ["carbon.fuel-parameters"] = "66b4915eae81ee70cfb0fb2750dd74849a13291722abef61861dc937490b74eb",
        ["carbon.grid-factors"] = "b116b49114b25b217219a855daca6801c7908d136aaa02e01adeacfa695fc02a",
        ["carbon.heat-factors"] = "3ba0e52fd48f805a91287e655989be7dca3110c752fe312fbc45213395e8ca62",
        ["carbon.gwp"] = "fd43e382c85ee73c90ada7ae46533dbaa90b5fa33cea5e6f843360256a528bb1",
    };

    private static string Hash(string resource) => Convert.ToHexString(SHA256.HashData(CoreData.ReadResource(typeof(CoreData).Assembly, resource))).ToLowerInvariant();

    [Theory]
    // Published values, never recomputed (energy.md §2.2, §6.1; ghg-methods.md §5.2–5.4).
    [InlineData("gbt2589.electricity.coal-equivalent", 0.1229, "kgce/kWh", "confirmed")]
    [InlineData("gbt2589.coal.raw.coal-equivalent", 0.7143, "kgce/kg", "single-source")]
    [InlineData("gbt2589.heat.coal-equivalent", 0.03412, "kgce/MJ", "single-source")]
    [InlineData("gbt2589.natural-gas.coal-equivalent", 1.3300, "kgce/m³", "unconfirmed")]
    [InlineData("grid.mee-nbs.2021.national", 0.5568, "kgCO2/kWh", "unconfirmed")]
    [InlineData("grid.mee-nbs.2022.national", 0.5366, "kgCO2/kWh", "confirmed")]
    [InlineData("grid.mee-nbs.2023.national", 0.5306, "kgCO2/kWh", "confirmed")]
    [InlineData("grid.mee-nbs.2023.南方", 0.4042, "kgCO2/kWh", "unconfirmed")]
    [InlineData("grid.carbon-market.2022.national", 0.5703, "kgCO2/kWh", "unconfirmed")]
    [InlineData("heat.default.co2", 0.11, "tCO2/GJ", "confirmed")]
    [InlineData("gwp.AR6.CH4.non-fossil", 27.0, "1", "unconfirmed")]
    [InlineData("gwp.AR5.CH4", 28, "1", "confirmed")]
    [InlineData("fuel-s8.diesel.carbon-content", 20.2, "tC/TJ", "single-source")]
    public void Published_values_and_their_status(string id, double value, string unit, string status)
    {
        var record = Engine.Catalog.DataSets.SelectMany(d => d.Records).Single(r => r.Id == id);
        record.Value.Should().Be(value);
        record.Unit.Should().Be(unit);
        record.Status.ToName().Should().Be(status);
    }

    [Fact]
    public void Wrong_values_seen_in_public_code_are_absent()
    {
        // energy.md §2.2 and §6.1 name values that must not be copied.
        var values = Engine.Catalog.DataSets.SelectMany(d => d.Records).Select(r => (r.Subject, r.Value)).ToList();
        values.Should().NotContain(("natural-gas", 0.0013));
        values.Should().NotContain(("electricity", 0.298));
        Engine.Catalog.DataSets.SelectMany(d => d.Records).Single(r => r.Id == "grid.mee-nbs.2022.national").Year.Should().Be(2022);
    }
}
