using System.Text.Json;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using Carbon.Sdk.Factors;

namespace Carbon.Reliability.Tests.Data;

/// <summary>
/// Every shipped number of every loaded data set (core, review, cement, lime, concrete, livestock) is cited, tagged and
/// finite; every plugin data set is pinned to its version by content hash (the core's are pinned in
/// Carbon.Core.Tests/Data/DataIntegrityTests.cs); and every report names the data sets and versions it used and every
/// UNCONFIRMED record it relied on.
/// </summary>
public class DataIntegrityTests
{
    private static readonly ICarbonEngine Engine = Engines.Shared;

    /// <summary>
    /// Plugin data sets: id → (version, SHA-256 of the shipped JSON as computed by <c>sha256sum plugins/*/Data/*.json</c>).
    /// A changed file must come with a new version: update the version in the JSON and this table together.
    /// </summary>
    private static readonly Dictionary<string, (string Version, string Sha256)> PinnedPluginSets = new(StringComparer.Ordinal)
    {
        ["carbon.cement"] = ("0.1.1", "7e30ed55c7cdc8d5c9892fbe28e0ac35674633b8e6bc0ac23295ff98afd54181"),
        ["concrete.gb36888-2018"] = ("2018.1", "da1793861b4f163089a97b0bb5a22b52c606d395d5b563c3753614f8f5c7b6f2"),
        ["concrete.gbt51366-2019"] = ("2019.1", "a74264b27f2f9268e46e1579bcccf7a8be10ee733f3eabff1bdfd66569bc7588"),
        ["lime.ipcc2006"] = ("2006.1", "1aa33dc697f99569d6173c135ba633b52b91a74ba57b4332b40fbdd26422218a"),
        ["livestock.china-provincial-inventory-2011"] = ("2011-unconfirmed.1", "303a05459cf7b8246c556704932eb2a6e5533ddef40ac337bf6b9abbb276514c"),
        ["livestock.gb-18596-2001"] = ("2001.1", "28e8b2eaf42b5176a5a05259493a592bfb3a35c83f293828fe4a7ef3ba4c2909"),
        ["livestock.gbt-32151.22-2024"] = ("2024-appendix-c.1", "2344405758dee7d1fd7d81e62b7fa6205b3c0b61746f369f2eef530a792bfc35"),
        ["livestock.ipcc-2006"] = ("2006-asia.1", "167c9179d1a0d8c9c3056843b03de96729d3c6353518e2d430c60dab6108ae94"),
        ["livestock.scale.first-pollution-census"] = ("1", "5d996dc3032ea72417245173d2a1e1a40d6c030b9c7a0536fc7f93a753fab6d4"),
        ["livestock.scale.five-livestock"] = ("1", "049db7a2c103cb93f020534289b3fc72cd4f963f1bea54f2e42fd472099de146"),
        ["livestock.scale.moa-2025"] = ("2025-07-04.1", "6d0cf5e36a448713938e9bf43c6ff05bbc2458c58eb321f4678d2bd1241dbc50"),
        ["livestock.scale.sichuan-2017"] = ("2017-07.1", "218cd937a83dd4a08be551d9002b153e7b9b2fef7bd82dcbf13c09dd0708e71f"),
    };

    [Fact]
    public void The_bundled_plugins_data_sets_are_all_loaded()
    {
        Engine.Catalog.DataSets.Select(d => d.Id).Should().Contain(PinnedPluginSets.Keys);
        Engine.Catalog.Plugins.Select(p => p.Id).Should().Contain(["cement", "lime", "concrete", "livestock"]);
    }

    [Fact]
    public void Every_shipped_record_has_a_source_a_status_and_a_finite_value()
    {
        var records = Engine.Catalog.DataSets.SelectMany(d => d.Records).ToList();

        records.Should().HaveCountGreaterThan(400);
        records.Should().OnlyContain(r => r.Source != null && !string.IsNullOrWhiteSpace(r.Source.Document), "every number cites where it was published");
        records.Should().OnlyContain(r => Enum.IsDefined(r.Status) && r.Status != DataStatus.ProjectSupplied, "every number carries its confidence tag");
        records.Should().OnlyContain(r => double.IsFinite(r.Value));
        records.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        records.Should().OnlyContain(r => r.DataSet.Length > 0 && r.DataSetVersion.Length > 0);
    }

    [Fact]
    public void Every_benchmark_level_and_correction_is_tagged_and_finite()
    {
        var tables = Engine.Catalog.DataSets.SelectMany(d => d.Benchmarks).ToList();

        tables.Should().OnlyContain(t => Enum.IsDefined(t.Status) && t.Source != null);
        tables.SelectMany(t => t.Indicators).SelectMany(i => i.Levels).Should().OnlyContain(l => double.IsFinite(l.Value) && Enum.IsDefined(l.Status));
        tables.SelectMany(t => t.Indicators).SelectMany(i => i.Corrections).Should().OnlyContain(c => double.IsFinite(c.Reference) && Enum.IsDefined(c.Status) && c.Source != null);
    }

    [Fact]
    public void Every_data_set_has_a_version_and_a_content_hash()
    {
        Engine.Catalog.DataSets.Should().OnlyContain(d => d.Version.Length > 0 && d.ContentHash.Length == 64 && d.ContentHash.All(char.IsAsciiHexDigitLower));
    }

    [Fact]
    public void Plugin_data_sets_are_pinned_to_their_versions()
    {
        foreach (var (id, (version, hash)) in PinnedPluginSets)
        {
            var set = Engine.Catalog.DataSets.Single(d => d.Id == id);
            set.Version.Should().Be(version, $"{id}'s version");
            set.ContentHash.Should().Be(hash, $"{id} changed: bump its version and update this pin (docs/security.md#data-integrity)");
        }

        // The core's sets (carbon.*, pinned in Carbon.Core.Tests) aside, every loaded set must be pinned here.
        var coreSets = new[] { "carbon.gbt2589", "carbon.fuel-parameters", "carbon.grid-factors", "carbon.heat-factors", "carbon.gwp", "carbon.mn-grades", "carbon.review-regimes" };
        Engine.Catalog.DataSets.Select(d => d.Id).Except(coreSets).Except(PinnedPluginSets.Keys)
            .Should().BeEmpty("a new plugin data set must be pinned here");
    }

    [Theory]
    [InlineData("cement-clinker-5000tpd.json")]
    [InlineData("lime-kiln-twin-shaft.json")]
    [InlineData("concrete-station.json")]
    [InlineData("factory-energy.json")]
    [InlineData("pig-farm-10000.json")]
    [InlineData("review-technical-upgrade.json")]
    public void A_report_names_every_data_set_version_and_unconfirmed_record_it_used(string sample)
    {
        var report = Engine.Assess(File.ReadAllBytes(Repo.Path("docs", "samples", sample)));
        report.HasErrors.Should().BeFalse();
        using var json = JsonDocument.Parse(ReportJson.SerializeToUtf8Bytes(report));

        var used = FactorReferences(json.RootElement).ToList();
        used.Should().NotBeEmpty();
        var listed = report.DataSets.Select(d => (d.Id, d.Version)).ToHashSet();
        foreach (var f in used.Where(f => f.Status != "project-supplied"))
        {
            listed.Should().Contain((f.DataSet, f.DataSetVersion), $"{f.Id} comes from {f.DataSet} {f.DataSetVersion}");
        }

        var unconfirmedUsed = used.Where(f => f.Status == "unconfirmed").Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        report.Unconfirmed.Select(u => u.Id).Should().BeEquivalentTo(unconfirmedUsed, "every UNCONFIRMED record relied on is listed");
        foreach (var id in unconfirmedUsed)
        {
            report.Diagnostics.Should().Contain(d => d.Code == "CB4100" && d.Message.En.Contains(id, StringComparison.Ordinal), $"{id} is warned about");
        }

        report.DataSets.Should().OnlyContain(d => d.Version.Length > 0 && d.ContentHash.Length == 64);
    }

    /// <summary>Every factor reference anywhere in a report (traces of energy, emissions, indicators, review, zoning).</summary>
    private static IEnumerable<(string Id, string DataSet, string DataSetVersion, string Status)> FactorReferences(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("dataSetVersion", out var v) && e.TryGetProperty("dataSet", out var s) && e.TryGetProperty("id", out var id) && e.TryGetProperty("status", out var st))
            {
                yield return (id.GetString()!, s.GetString()!, v.GetString()!, st.GetString()!);
            }

            foreach (var p in e.EnumerateObject())
            {
                foreach (var f in FactorReferences(p.Value))
                {
                    yield return f;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                foreach (var f in FactorReferences(item))
                {
                    yield return f;
                }
            }
        }
    }
}
