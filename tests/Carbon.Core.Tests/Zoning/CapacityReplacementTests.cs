using Carbon.Zoning;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public class CapacityReplacementTests
{
    // C29 (工信部 2021 measures, Seen [S]): key regions ≥ 2:1, non-key ≥ 1.5:1, restricted-class or cross-province sources ≥ 2:1.
    private const string C29 = """
      "binding": {"sectors": ["cement-clinker"]},
      "when": "not (has(facts.cement.grinding-station-only) and facts.cement.grinding-station-only)",
      "capacityReplacement": {"product": "cement.clinker", "ratios": [
        {"regionClass": "key-region", "sourceClass": "normal", "minRatio": 2},
        {"regionClass": "non-key", "sourceClass": "normal", "minRatio": 1.5},
        {"regionClass": "any", "sourceClass": "restricted", "minRatio": 2},
        {"regionClass": "any", "sourceClass": "cross-province", "minRatio": 2}]}
    """;

    private const string KeyRegion = """[{"adminCode": "990000", "keyRegion": true}]""";

    private static ZoningPack NonKey => Load(Pack(Rule("R", C29)));

    private static (string, Carbon.Sdk.Facts.FactValue)[] Facts(string replaced, bool known = true, string? restricted = "0 t/d", string province = "990000") =>
        known
            ? [("cement.clinker-capacity", Q("5000 t/d")), ("cement.replacement-capacity", Q(replaced)), ("cement.replacement-restricted-capacity", Q(restricted!)), ("cement.replacement-classes", L("allowed")), ("cement.replacement-provinces", L(province))]
            : [("cement.clinker-capacity", Q("5000 t/d")), ("cement.replacement-capacity", Q(replaced))];

    [Theory]
    [InlineData("7500 t/d", "pass")]  // 5000 t/d × 1.5 = 7500 t/d: exactly the non-key minimum
    [InlineData("7499 t/d", "fail")]
    [InlineData("0 t/d", "fail")]
    public void Non_key_regions_need_one_and_a_half_to_one(string replaced, string outcome)
    {
        var (r, _) = Check(NonKey, Project(facts: Facts(replaced)));
        r.Result("R").Outcome.Should().Be(outcome);
        var c = r.CapacityReplacements.Single();
        (c.RegionClass, c.SourceClass, c.RequiredRatio, c.RequiredTonnesPerDay, c.CapacityTonnesPerDay).Should().Be(("non-key", "normal", 1.5, 7500.0, 5000.0));
        r.Verdict.Should().Be(outcome == "pass" ? "conditional" : "prohibited");
    }

    [Fact]
    public void A_failure_message_gives_the_numbers()
    {
        var (r, _) = Check(NonKey, Project(facts: Facts("0 t/d")));
        r.Result("R").Message!.En.Should().Be("Breaks R (5000 t/d new needs at least 7500 t/d retired, 1.5:1; the project retires 0 t/d.)");
    }

    [Theory]
    [InlineData("7500 t/d", "fail")]   // 5000 × 2 = 10 000 t/d needed in a key region
    [InlineData("10000 t/d", "pass")]
    public void Key_regions_need_two_to_one(string replaced, string outcome)
    {
        var pack = Load(Pack(Rule("R", C29), regions: KeyRegion));
        var (r, _) = Check(pack, Project(facts: Facts(replaced)));
        r.Result("R").Outcome.Should().Be(outcome);
        r.CapacityReplacements.Single().RegionClass.Should().Be("key-region");
        r.CapacityReplacements.Single().RequiredRatio.Should().Be(2);
    }

    [Fact]
    public void Restricted_class_sources_need_two_to_one_even_outside_key_regions()
    {
        var (r, _) = Check(NonKey, Project(facts: Facts("7500 t/d", restricted: "1000 t/d")));
        r.CapacityReplacements.Single().SourceClass.Should().Be("restricted");
        r.CapacityReplacements.Single().RequiredRatio.Should().Be(2);
        r.Result("R").Outcome.Should().Be("fail");
    }

    [Fact]
    public void Cross_province_sources_need_two_to_one()
    {
        // The site's province is 990000; a line retired in 110000 makes the replacement cross-province.
        var (r, _) = Check(NonKey, Project(facts: Facts("9000 t/d", province: "110000")));
        r.CapacityReplacements.Single().SourceClass.Should().Be("cross-province");
        r.Result("R").Outcome.Should().Be("fail"); // 9000 < 5000 × 2
    }

    [Theory]
    [InlineData("10000 t/d", "pass")]              // 2.0: enough whatever the source class
    [InlineData("8000 t/d", "needs-information")] // 1.6: enough only if the sources are normal and in-province
    [InlineData("7000 t/d", "fail")]              // 1.4: too little whatever the class
    public void An_unknown_source_class_is_decided_only_when_every_reading_agrees(string replaced, string outcome)
    {
        var (r, _) = Check(NonKey, Project(facts: Facts(replaced, known: false)));
        r.Result("R").Outcome.Should().Be(outcome);
        r.CapacityReplacements.Single().SourceClass.Should().Be("unknown");
        if (outcome == "needs-information")
        {
            r.Result("R").MissingFacts.Should().Equal("facts.cement.replacement-classes", "facts.cement.replacement-provinces");
            r.CapacityReplacements.Single().RequiredRatio.Should().BeNull();
        }
    }

    [Fact]
    public void A_ratio_fact_alone_is_enough()
    {
        var (r, _) = Check(NonKey, Project(facts: [("cement.clinker-capacity", Q("5000 t/d")), ("cement.replacement-ratio", FactValueOf(1.5)), ("cement.replacement-classes", L("allowed")), ("cement.replacement-provinces", L("990000"))]));
        r.Result("R").Outcome.Should().Be("pass");
        r.CapacityReplacements.Single().ProvidedTonnesPerDay.Should().Be(7500); // 1.5 × 5000
    }

    [Fact]
    public void Missing_capacity_or_replacement_needs_information_and_grinding_stations_are_exempt()
    {
        var (noCapacity, _) = Check(NonKey, Project(products: ["cement.clinker"]));
        noCapacity.Result("R").Outcome.Should().Be("needs-information");
        noCapacity.Result("R").MissingFacts.Should().Equal("facts.cement.clinker-capacity");
        var (noReplacement, _) = Check(NonKey, Project(facts: ("cement.clinker-capacity", Q("5000 t/d"))));
        noReplacement.Result("R").Outcome.Should().Be("needs-information");
        noReplacement.Result("R").MissingFacts.Should().Contain("facts.cement.replacement-capacity");
        var (grinding, _) = Check(NonKey, Project(products: ["cement.clinker"], facts: ("cement.grinding-station-only", B(true))));
        grinding.Result("R").Outcome.Should().Be("not-applicable");
    }

    private static Carbon.Sdk.Facts.FactValue FactValueOf(double n) => Carbon.Sdk.Facts.FactValue.Of(new Carbon.Sdk.Units.Quantity(n, Carbon.Sdk.Units.Dimension.None));
}
