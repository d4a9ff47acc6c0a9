using System.Text.Json;
using System.Text.Json.Nodes;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using Carbon.Zoning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>
/// Zoning outcomes do not depend on the order in which a pack lists its rules: the embedded sample district's 50
/// rules, shuffled, give every sample project the same verdict and the same result for every rule.
/// </summary>
public class RuleOrderProperties
{
    private static readonly string PackJson = ReadSamplePack();

    private static readonly string[] Projects = ["pig-farm-10000-in-no-farming-zone.json", "pig-farm-10000.json", "cement-clinker-5000tpd.json", "concrete-station.json"];

    private static readonly Lazy<Dictionary<string, string>> InOrder = new(() => Projects.ToDictionary(p => p, p => Outcome(Load(PackJson), p)));

    [Property(MaxTest = 15)]
    public Property Shuffling_the_rules_changes_no_outcome() => Prop.ForAll(
        Arb.From(Gen.Shuffle(Enumerable.Range(0, 50).ToArray())),
        order =>
        {
            var pack = JsonNode.Parse(PackJson)!.AsObject();
            var rules = pack["rules"]!.AsArray();
            var shuffled = order.Where(i => i < rules.Count).Select(i => rules[i]!.DeepClone()).ToList();
            rules.Clear();
            shuffled.ForEach(rules.Add);
            var loaded = Load(pack.ToJsonString());

            return Projects.All(p => Outcome(loaded, p) == InOrder.Value[p]);
        });

    [Fact]
    public void The_sample_district_has_the_rules_the_property_shuffles()
    {
        JsonNode.Parse(PackJson)!["rules"]!.AsArray().Count.Should().Be(50);
        InOrder.Value["pig-farm-10000-in-no-farming-zone.json"].Should().Contain("\"verdict\": \"prohibited\"");
    }

    private static ZoningPack Load(string json)
    {
        var result = ZoningPackLoader.Load(System.Text.Encoding.UTF8.GetBytes(json));
        return result.Pack ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Message.En)));
    }

    /// <summary>The verdict and every rule's result, in rule-id order (the report may list them as the pack does).</summary>
    private static string Outcome(ZoningPack pack, string project)
    {
        var report = Engines.Shared.Assess(File.ReadAllBytes(Repo.Path("docs", "samples", project)), new AssessmentOptions { ZoningPack = pack });
        var zoning = JsonNode.Parse(ReportJson.Serialize(report))!["zoning"]!.AsObject();
        var results = zoning["results"]!.AsArray().Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal);
        return "\"verdict\": \"" + zoning["verdict"] + "\"\n" + string.Join("\n", results);
    }

    private static string ReadSamplePack() => File.ReadAllText(Repo.Path("src", "Carbon.Core", "Data", "zoning", "sample-district.json"));
}
