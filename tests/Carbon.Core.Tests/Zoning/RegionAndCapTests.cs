using System.Collections.Immutable;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;
using Carbon.Zoning.Evaluation;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public class RegionAndCapTests
{
    private const string Cap = """
      "when": "has(region.cap.headroom('energy')) and energy.total > 0 tce",
      "require": "energy.total <= region.cap.headroom('energy')"
    """;

    private static EnergyReport Energy(double tce) =>
        new(new EnergyTotals(tce, null, tce, 0, 0, 0, tce, 0), [], []);

    private static ZoningReport CheckWithEnergy(string json, double tce)
    {
        var pack = Load(json);
        var project = Project();
        return ZoningChecker.Check(pack, project, [], Energy(tce), null, new List<Diagnostic>());
    }

    [Theory]
    [InlineData(39.9, "pass")] // headroom 100 tce − 60 tce = 40 tce
    [InlineData(40, "pass")]
    [InlineData(40.1, "fail")]
    public void The_upper_line_checks_headroom_where_a_cap_exists(double tce, string outcome)
    {
        var r = CheckWithEnergy(Pack(Rule("D", Cap, level: "county", effect: "restrict")), tce);
        r.Result("D").Outcome.Should().Be(outcome);
        r.Result("D").Evidence.Should().Contain(e => e.Name == "region.cap.headroom('energy')" && e.Value.StartsWith("40 tce (990101: limit = 100 tce, used = 60 tce", StringComparison.Ordinal));
        r.Verdict.Should().Be(outcome == "pass" ? "allowed" : "prohibited");
    }

    [Fact]
    public void Without_a_cap_the_upper_line_rule_does_not_apply()
    {
        var r = CheckWithEnergy(Pack(Rule("D", Cap, level: "county", effect: "restrict"), regions: "[]"), 1000);
        r.Result("D").Outcome.Should().Be("not-applicable");
    }

    [Fact]
    public void Region_items_are_looked_up_county_then_city_then_province()
    {
        // O3 is stated for the city 990100, key-region membership for the province 990000.
        var pack = Load(Pack(Rule("A", "\"when\": \"region.air.attains('O3') == false and region.keyRegion == false\"")));
        var (r, _) = Check(pack, Project());
        r.Result("A").Outcome.Should().Be("fail");
        r.Result("A").Evidence.Should().Contain(e => e.Name == "region.air.attains('O3')" && e.Value == "false (990100)");
        r.Result("A").Evidence.Should().Contain(e => e.Name == "region.keyRegion" && e.Value == "false (990000)");
    }

    [Fact]
    public void Key_region_membership_falls_back_to_the_city_lists()
    {
        var lists = """, "keyRegionLists": [{"id": "gf-2023-24", "name": {"zh": "重点区域", "en": "Key regions"}, "cities": ["990100"]}]""";
        var pack = Load(Pack(Rule("K", "\"when\": \"region.keyRegion\""), lists, regions: "[]"));
        var (r, _) = Check(pack, Project());
        r.Result("K").Outcome.Should().Be("fail");
        r.Result("K").Evidence.Should().Contain(e => e.Value == "true (∈ gf-2023-24)");
        var (none, _) = Check(Load(Pack(Rule("K", "\"when\": \"region.keyRegion\""), regions: "[]")), Project());
        none.Result("K").Outcome.Should().Be("needs-information");
    }

    [Fact]
    public void Counties_that_disagree_leave_the_region_unknown()
    {
        // Unit B moved to county 990102, whose city 990100 is the same but which states O3 attainment itself.
        var json = Pack(Rule("A", "\"when\": \"region.air.attains('O3') == false\""),
                regions: """[{"adminCode": "990100", "air": [{"pollutant": "O3", "attains": false}]}, {"adminCode": "990102", "air": [{"pollutant": "O3", "attains": true}]}]""")
            .Replace("\"category\": 3, \"adminCode\": \"990101\"", "\"category\": 3, \"adminCode\": \"990102\"", StringComparison.Ordinal);
        var pack = Load(json);
        Check(pack, Project(100.5, 30.5)).Report.Result("A").Outcome.Should().Be("fail");            // county 990101 → city: non-attainment
        Check(pack, Project(101.7, 30.7)).Report.Result("A").Outcome.Should().Be("not-applicable");  // county 990102 attains
        var (edge, _) = Check(pack, Project(101, 30.5));                                              // on the border: they disagree
        edge.Site.AdminCodes.Should().Equal("990101", "990102");
        edge.Result("A").Outcome.Should().Be("needs-information");
        edge.Result("A").MissingFacts.Should().Equal("region.air.attains('O3')");
    }

    [Fact]
    public void Energy_and_emission_results_reach_the_rules()
    {
        var pack = Load(Pack(Rule("E", "\"require\": \"energy.unit('cement.clinker') <= 100 kgce/t and emissions.co2e < 1000000 t\"", effect: "restrict")));
        var energy = new EnergyReport(
            new EnergyTotals(1000, null, 1000, 0, 0, 0, 1000, 0), [],
            [new UnitConsumptionReport("cement.clinker", null, "comprehensive-energy", 101, "kgce/t", new TraceReport("x", [], [], null))]);
        var emissions = new EmissionsReport("AR5", new EmissionTotals(900_000, 900_000, 0, 0), [], [], []);
        var r = ZoningChecker.Check(pack, Project(products: ["cement.clinker"]), [], energy, emissions, new List<Diagnostic>());
        r.Result("E").Outcome.Should().Be("fail"); // 101 kgce/t > 100 kgce/t
        r.Result("E").Evidence.Should().Contain(e => e.Name == "energy.unit('cement.clinker')" && e.Value == "0.101 tce/t (101 kgce/t)");
    }
}
