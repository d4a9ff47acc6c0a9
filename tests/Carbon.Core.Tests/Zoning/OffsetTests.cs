using Carbon.Zoning;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public class OffsetTests
{
    // Modelled on C35 (山西 draft, [S]): O3 non-attainment → NOx and VOCs at 2×; PM2.5 non-attainment → SO2, NOx, PM at 2×;
    // de minimis ≤ 3 t/a per air main pollutant. The test region: O3 non-attainment, PM2.5 attains, SO2 quota exceeded.
    private const string C35 = """
      "offset": {"pollutants": ["SO2", "NOx", "PM", "VOCs"], "ratios": [
        {"pollutants": ["NOx", "VOCs"], "when": "region.air.attains('O3') == false", "ratio": 2},
        {"pollutants": ["SO2", "NOx", "PM"], "when": "region.air.attains('PM2.5') == false", "ratio": 2}],
        "deMinimis": {"amounts": {"SO2": "3 t/a", "NOx": "3 t/a"}}}
    """;

    // Modelled on C1 (广州, [S]): NOx 1:1, VOCs 2:1.
    private const string C1 = """
      "offset": {"pollutants": ["NOx", "VOCs"], "ratios": [{"pollutants": ["NOx"], "ratio": 1}, {"pollutants": ["VOCs"], "ratio": 2}]}
    """;

    // Modelled on C2 (广州, [S]): quota exceeded → reduction replacement, more than 1:1.
    private const string C2 = """
      "offset": {"pollutants": ["SO2", "NOx"], "ratios": [
        {"pollutants": ["SO2"], "when": "region.quotaExceeded('SO2')", "ratio": 1, "strict": true},
        {"pollutants": ["NOx"], "when": "region.quotaExceeded('NOx')", "ratio": 1, "strict": true}]}
    """;

    private const string WaterZone = """
      {"id": "W1", "kind": "water", "name": {"zh": "水", "en": "Water"}, "section": "S1",
       "geometry": {"type": "Polygon", "coordinates": [[[100,30],[102,30],[102,31],[100,31],[100,30]]]}},
    """;

    private static ZoningPack With(params string[] rules) => Load(Pack(string.Join(",", rules)));

    [Fact]
    public void Ratio_follows_the_attainment_status()
    {
        var pack = With(Rule("P", C35, level: "province", effect: "require"));
        var (r, _) = Check(pack, Project(pollutants: [("NOx", 120), ("VOCs", 8), ("SO2", 40), ("PM", 10)]));
        // O3 non-attainment: NOx 120 t/a × 2 = 240 t/a; VOCs 8 t/a × 2 = 16 t/a (C35 ratio 2).
        // PM2.5 attains, so SO2 and PM need no offset under this rule.
        r.Offsets.Select(o => (o.Pollutant, o.ProjectTonnes, o.Ratio, o.RequiredTonnes)).Should().Equal(("NOx", 120.0, 2.0, 240.0), ("VOCs", 8.0, 2.0, 16.0));
        r.Offsets[0].RatioText.Should().Be("2:1");
        r.Offsets[0].Citation.ClauseRef.Should().Be("C12");
        r.Result("P").Outcome.Should().Be("pass");
        r.Verdict.Should().Be("conditional");
        r.Conditions.Where(c => c.Kind == "offset").Select(c => c.Text.En).Should().Equal(
            "NOx: offset at 2:1: secure at least 240 t/a of reductions (the project adds 120 t/a).",
            "VOCs: offset at 2:1: secure at least 16 t/a of reductions (the project adds 8 t/a).");
    }

    [Theory]
    [InlineData(3.0, true, 0.0)]        // 3 t/a ≤ 3 t/a: within de minimis, quota granted directly (C35)
    [InlineData(2.5, true, 0.0)]
    [InlineData(3.01, false, 6.02)]     // 3.01 t/a × 2 = 6.02 t/a
    public void De_minimis_amounts_need_no_offset(double tonnes, bool applied, double required)
    {
        var pack = With(Rule("P", C35, level: "province", effect: "require"));
        var (r, _) = Check(pack, Project(pollutants: [("NOx", tonnes)]));
        var o = r.Offsets.Single();
        o.DeMinimis.Should().Be("3 t/a");
        o.DeMinimisApplied.Should().Be(applied);
        o.RequiredTonnes.Should().BeApproximately(required, 1e-9 * Math.Max(1, required));
        r.Verdict.Should().Be(applied ? "allowed" : "conditional");
    }

    [Fact]
    public void The_strictest_rule_sets_the_offset_and_the_others_are_named()
    {
        var pack = With(Rule("P", C35, level: "province", effect: "require"), Rule("C", C1, level: "city", effect: "require"));
        var (r, _) = Check(pack, Project(pollutants: [("NOx", 50), ("VOCs", 4)]));
        // NOx: 50 × 2 = 100 (P) beats 50 × 1 = 50 (C). VOCs: 4 × 2 = 8 from both: the first in level order (P) is kept.
        var nox = r.Offsets.Single(o => o.Pollutant == "NOx");
        (nox.RuleId, nox.RequiredTonnes, nox.AlsoRequiredBy.Single()).Should().Be(("P", 100.0, "C"));
        var vocs = r.Offsets.Single(o => o.Pollutant == "VOCs");
        (vocs.RuleId, vocs.RequiredTonnes).Should().Be(("P", 8.0));
        r.Conditions.Count(c => c.Kind == "offset").Should().Be(2);
    }

    [Fact]
    public void Reduction_replacement_is_more_than_one_for_one()
    {
        var pack = With(Rule("C", C2, level: "city", effect: "require"));
        var (r, _) = Check(pack, Project(pollutants: [("SO2", 30), ("NOx", 30)]));
        // Only SO2's quota is exceeded in the test region: SO2 > 30 t/a × 1; NOx needs nothing here.
        var o = r.Offsets.Single();
        (o.Pollutant, o.RatioText, o.RequiredTonnes).Should().Be(("SO2", ">1:1", 30.0));
        r.Conditions.Single().Text.En.Should().Contain("more than 30 t/a");
    }

    [Fact]
    public void Secured_offsets_below_the_requirement_fail_the_rule()
    {
        var pack = With(Rule("C", C1, level: "city", effect: "require"));
        var (short_, _) = Check(pack, Project(pollutants: [("VOCs", 10)], facts: ("offsets.vocs", Q("15 t/a"))));
        // VOCs 10 t/a × 2 = 20 t/a needed; 15 t/a secured is not enough.
        short_.Result("C").Outcome.Should().Be("fail");
        short_.Result("C").Message!.En.Should().Contain("at least 20 t/a");
        short_.Verdict.Should().Be("conditional");
        Check(pack, Project(pollutants: [("VOCs", 10)], facts: ("offsets.vocs", Q("20 t/a")))).Report.Result("C").Outcome.Should().Be("pass");
    }

    [Fact]
    public void Without_a_pollutant_list_offsets_need_information_and_unlisted_pollutants_are_not_emitted()
    {
        var pack = With(Rule("C", C1, level: "city", effect: "require"));
        var (none, _) = Check(pack, Project());
        none.Result("C").Outcome.Should().Be("needs-information");
        none.Result("C").MissingFacts.Should().Equal("pollutants");
        var (other, _) = Check(pack, Project(pollutants: [("COD", 5)]));
        other.Result("C").Outcome.Should().Be("not-applicable");
        other.Result("C").Evidence.Should().Contain(e => e.Name == "pollutant('NOx')" && e.Value == "0 t/a");
        other.Offsets.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_region_status_leaves_the_ratio_undecided()
    {
        var pack = Load(Pack(Rule("P", C35, level: "province", effect: "require"), regions: "[]"));
        var (r, _) = Check(pack, Project(pollutants: [("NOx", 10)]));
        r.Result("P").Outcome.Should().Be("needs-information");
        r.Result("P").MissingFacts.Should().Equal("region.air.attains('O3')");
    }

    [Fact]
    public void Water_offsets_follow_the_receiving_section()
    {
        var sections = """, "sections": [{"id": "S1", "name": {"zh": "断面", "en": "Section"}, "targetClass": "III", "currentClass": "IV"}]""";
        var json = Pack(Rule("D", """
          "offset": {"pollutants": ["COD", "NH3-N"], "ratios": [{"when": "site.section.meetsTarget == false", "ratio": 1, "strict": true}],
            "deMinimis": {"amounts": {"COD": "1 t/a", "NH3-N": "0.5 t/a"}}}
        """, level: "county", effect: "require"), sections)
            .Replace("\"zones\": [", "\"zones\": [" + WaterZone, StringComparison.Ordinal);
        var pack = Load(json);
        var (r, _) = Check(pack, Project(pollutants: [("COD", 4), ("NH3-N", 0.5)]));
        r.Zones.Single(z => z.Id == "W1").Section!.MeetsTarget.Should().BeFalse(); // IV misses III
        // COD 4 t/a > 1 t/a: more than 4 t/a; NH3-N 0.5 t/a ≤ 0.5 t/a: de minimis.
        r.Offsets.Select(o => (o.Pollutant, o.RequiredTonnes, o.DeMinimisApplied)).Should().Equal(("COD", 4.0, false), ("NH3-N", 0.0, true));
    }
}
