using Carbon.Projects;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;
using Carbon.Zoning;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public class RuleShapeTests
{
    private static ZoningPack With(params string[] rules) => Load(Pack(string.Join(",", rules)));

    [Fact]
    public void A_prohibition_that_applies_fails_and_prohibits()
    {
        var pack = With(Rule("P", "\"when\": \"site.within('no-farming')\""));
        var (inside, _) = Check(pack, Project(100.3, 30.3));
        inside.Result("P").Outcome.Should().Be("fail");
        inside.Result("P").Message!.En.Should().Be("Breaks P");
        inside.Result("P").Citation.ClauseRef.Should().Be("C12");
        inside.Result("P").Evidence.Should().ContainSingle(e => e.Name == "site.within('no-farming')" && e.Value == "true (NF-1)");
        inside.Verdict.Should().Be("prohibited");
        var (outside, _) = Check(pack, Project(100.7, 30.7));
        outside.Result("P").Outcome.Should().Be("not-applicable");
        outside.Verdict.Should().Be("allowed");
    }

    [Fact]
    public void A_restriction_passes_when_its_requirement_holds_and_prohibits_when_not()
    {
        var pack = With(Rule("R", "\"require\": \"facts.project.reduction-plan\"", effect: "restrict"));
        Check(pack, Project(facts: ("project.reduction-plan", B(true)))).Report.Result("R").Outcome.Should().Be("pass");
        var (failed, _) = Check(pack, Project(facts: ("project.reduction-plan", B(false))));
        failed.Result("R").Outcome.Should().Be("fail");
        failed.Verdict.Should().Be("prohibited");
    }

    [Fact]
    public void An_unmet_requirement_makes_the_verdict_conditional()
    {
        var pack = With(Rule("Q", "\"require\": \"facts.livestock.manure-treatment-capacity > 0 m3/d\"", effect: "require"));
        var (r, _) = Check(pack, Project(facts: ("livestock.manure-treatment-capacity", Q("0 m3/d"))));
        r.Result("Q").Outcome.Should().Be("fail");
        r.Verdict.Should().Be("conditional");
        r.Conditions.Should().ContainSingle(c => c.RuleId == "Q" && c.Kind == "requirement");
    }

    [Fact]
    public void Advice_never_changes_the_verdict()
    {
        var pack = With(Rule("A", "\"require\": \"facts.project.reduction-plan\"", effect: "advise"));
        var (r, _) = Check(pack, Project(facts: ("project.reduction-plan", B(false))));
        r.Result("A").Outcome.Should().Be("fail");
        r.Verdict.Should().Be("allowed");
        r.Advisories.Should().ContainSingle(a => a.RuleId == "A" && a.Kind == "fail");
    }

    [Fact]
    public void A_missing_fact_gives_needs_information_naming_it()
    {
        var pack = With(Rule("R", "\"require\": \"facts.project.reduction-plan and site.within('industrial-park')\"", effect: "restrict"));
        var (r, _) = Check(pack, Project());
        r.Result("R").Outcome.Should().Be("needs-information");
        r.Result("R").MissingFacts.Should().Equal("facts.project.reduction-plan");
        r.Result("R").Evidence.Should().Contain(e => e.Name == "facts.project.reduction-plan" && e.Value == "unknown" && e.Source.En == "(not given)");
        r.Verdict.Should().Be("needs-information");
        r.MissingFacts.Should().Equal("facts.project.reduction-plan");
    }

    [Fact]
    public void A_qualitative_clause_becomes_a_manual_review_condition()
    {
        var pack = With(Rule("M", "\"manualReview\": {\"zh\": \"人工判断是否大规模高强度开发\", \"en\": \"Judge whether it is large-scale, high-intensity development\"}", effect: "restrict"));
        var (r, _) = Check(pack, Project());
        r.Result("M").Outcome.Should().Be("manual-review");
        r.Result("M").Message!.En.Should().StartWith("Judge");
        r.Verdict.Should().Be("conditional");
        r.Conditions.Should().ContainSingle(c => c.Kind == "manual-review");
    }

    [Fact]
    public void An_applicable_requirement_without_a_condition_becomes_an_obligation()
    {
        var pack = With(Rule("O", "\"obligation\": {\"zh\": \"同时设计同时施工\", \"en\": \"Build it together\"}", effect: "require"));
        var (r, _) = Check(pack, Project());
        r.Result("O").Outcome.Should().Be("pass");
        r.Conditions.Should().ContainSingle(c => c.RuleId == "O" && c.Kind == "obligation" && c.Text.En == "Build it together");
        r.Verdict.Should().Be("conditional");
    }

    [Fact]
    public void Bindings_filter_by_nature_industry_and_sector()
    {
        var pack = With(
            Rule("N", "\"binding\": {\"natures\": [\"technical-upgrade\"]}"),
            Rule("I", "\"binding\": {\"industries\": [\"C30\"]}"),
            Rule("S", "\"binding\": {\"sectors\": [\"two-high\"]}"));
        var (none, _) = Check(pack, Project());
        none.Result("N").Outcome.Should().Be("not-applicable");
        none.Result("I").Outcome.Should().Be("needs-information");
        none.Result("I").MissingFacts.Should().Equal("project.industries");
        none.Result("S").Outcome.Should().Be("not-applicable");

        // cement.clinker as a product puts the project in cement-clinker, and two-high includes cement-clinker.
        var (clinker, _) = Check(pack, Project(industries: ["C3011"], products: ["cement.clinker"]));
        clinker.Result("I").Outcome.Should().Be("fail");
        clinker.Result("S").Outcome.Should().Be("fail");
        clinker.Result("S").Evidence.Should().Contain(e => e.Name == "project.sectors" && e.Value == "['cement-clinker', 'two-high']");

        // A plugin fact puts the project in a sector too (livestock-farm via livestock.pig-equivalents).
        var farm = Project(industries: ["A0313"]);
        var pluginFacts = new[] { (new Fact("livestock.pig-equivalents", FactValue.Of(new Quantity(3000, Dimension.OfCount)), "/activities/0"), "livestock") };
        var pack2 = With(Rule("L", "\"binding\": {\"sectors\": [\"livestock-farm\"]}"));
        Check(pack2, farm, pluginFacts).Report.Result("L").Outcome.Should().Be("fail");
        Check(pack2, Project(facts: ("project.sectors", L("livestock-farm")))).Report.Result("L").Outcome.Should().Be("fail");
    }

    [Fact]
    public void Layers_are_gathered_from_national_down_to_the_unit_in_that_order()
    {
        var pack = With(
            Rule("U", "\"binding\": {\"units\": [\"ZH99010120001\"]}", level: "unit", effect: "advise") .Replace("\"effect\": \"advise\"", "\"effect\": \"advise\", \"obligation\": {\"zh\": \"a\", \"en\": \"a\"}", StringComparison.Ordinal),
            Rule("K", "\"binding\": {\"unitCategories\": [2]}, \"obligation\": {\"zh\": \"k\", \"en\": \"k\"}", level: "category", effect: "require"),
            Rule("Y", "\"obligation\": {\"zh\": \"y\", \"en\": \"y\"}", level: "county", effect: "require"),
            Rule("C", "\"obligation\": {\"zh\": \"c\", \"en\": \"c\"}", level: "city", effect: "require"),
            Rule("P", "\"obligation\": {\"zh\": \"p\", \"en\": \"p\"}", level: "province", effect: "require"),
            Rule("N", "\"obligation\": {\"zh\": \"n\", \"en\": \"n\"}", level: "national", effect: "require"));
        var (r, _) = Check(pack, Project(100.5, 30.5));
        r.Results.Select(x => x.RuleId + "/" + x.Level).Should().Equal("N/national", "P/province", "C/city", "Y/county", "K/category", "U/unit");
        r.Result("K").UnitCode.Should().Be("ZH99010120001");
        // In unit B (category 3) neither the category-2 rule nor unit A's row applies.
        var (b, _) = Check(pack, Project(101.7, 30.7));
        b.Results.Select(x => x.RuleId).Should().Equal("N", "P", "C", "Y");
    }

    [Fact]
    public void Rules_bound_to_other_regions_are_out_of_scope()
    {
        var pack = With(Rule("X", "\"binding\": {\"adminCodes\": [\"440000\"]}"), Rule("Z", "\"binding\": {\"adminCodes\": [\"990000\"]}"));
        var (r, _) = Check(pack, Project());
        r.Results.Select(x => x.RuleId).Should().Equal("Z");
    }

    [Fact]
    public void A_unit_row_refers_to_a_higher_level_rule_which_joins_the_results()
    {
        // Province rule P is bound to category-3 units only, but unit A's row says "执行全省…要求" and refers to it.
        var pack = With(
            Rule("P", "\"binding\": {\"unitCategories\": [3]}, \"when\": \"site.within('no-farming')\"", level: "category"),
            Rule("U", "\"binding\": {\"units\": [\"ZH99010120001\"]}, \"references\": [\"P\"]", level: "unit"));
        var (r, _) = Check(pack, Project(100.3, 30.3));
        r.Result("P").Outcome.Should().Be("fail");
        r.Result("P").Via.Should().Equal("U");
        r.Result("U").Outcome.Should().Be("fail");
        r.Result("U").Evidence.Should().ContainSingle(e => e.Name == "rule P" && e.Value == "fail");
        r.Verdict.Should().Be("prohibited");
        var (clear, _) = Check(pack, Project(100.7, 30.7));
        clear.Result("U").Outcome.Should().Be("not-applicable");
    }

    [Fact]
    public void An_advisory_rule_does_not_become_binding_through_a_reference()
    {
        var pack = With(
            Rule("P", "\"when\": \"site.within('no-farming')\"", level: "province", status: "unconfirmed"),
            Rule("U", "\"binding\": {\"units\": [\"ZH99010120001\"]}, \"references\": [\"P\"]", level: "unit"));
        var (r, diagnostics) = Check(pack, Project(100.3, 30.3));
        r.Result("P").Enforcement.Should().Be("advisory");
        r.Result("P").Status.Should().Be("unconfirmed");
        r.Result("U").Outcome.Should().Be("not-applicable");
        r.Result("U").Evidence.Should().ContainSingle(e => e.Value == "fail" && e.Source.En == "reference (advisory)" && e.Source.Zh == "引用的规则（参考性）");
        r.Verdict.Should().Be("allowed");
        r.VerdictIncludingAdvisory.Should().Be("prohibited");
        diagnostics.Should().ContainSingle(d => d.Code == "CB6204" && d.Message.En.Contains("'P'", StringComparison.Ordinal));
    }

    [Fact]
    public void Advisory_mode_reports_failures_without_deciding_the_verdict()
    {
        var json = Pack(Rule("P", "\"when\": \"site.within('no-farming')\""), enforcement: "advisory");
        var pack = Load(json);
        pack.Enforcement.Should().Be(EnforcementMode.Advisory);
        var (r, _) = Check(pack, Project(100.3, 30.3));
        r.Pack.Enforcement.Should().Be("advisory");
        r.Result("P").Enforcement.Should().Be("advisory");
        r.Verdict.Should().Be("allowed");
        r.VerdictIncludingAdvisory.Should().Be("prohibited");
        r.Advisories.Should().ContainSingle(a => a.RuleId == "P");
        // The same pack enforced.
        Check(pack.WithEnforcement(EnforcementMode.Enforce), Project(100.3, 30.3)).Report.Verdict.Should().Be("prohibited");
        // A single rule may be advisory in an enforced pack.
        var one = Load(Pack(Rule("P", "\"when\": \"site.within('no-farming')\", \"enforcement\": \"advisory\"")));
        Check(one, Project(100.3, 30.3)).Report.Verdict.Should().Be("allowed");
    }

    [Fact]
    public void Parameters_take_unit_and_region_overrides()
    {
        var pack = With(
            Rule("K", "\"binding\": {\"unitCategories\": [2, 3]}, \"parameters\": {\"setback\": \"1000 m\"}, \"parameterOverrides\": [{\"units\": [\"ZH99010130001\"], \"values\": {\"setback\": \"50 km\"}}], \"require\": \"site.distanceTo('no-farming') >= params.setback\"", level: "category", effect: "restrict"),
            Rule("N", "\"parameters\": {\"setback\": \"1000 m\"}, \"parameterOverrides\": [{\"adminCodes\": [\"990100\"], \"values\": {\"setback\": \"100 km\"}}], \"require\": \"site.distanceTo('no-farming') >= params.setback\"", effect: "restrict"));
        // Site on the A/B boundary at lon 101, lat 30.3: 0.6° east of the zone ≈ 57.7 km.
        var (r, _) = Check(pack, Project(101, 30.3));
        r.Result("K", "ZH99010120001").Outcome.Should().Be("pass");   // ≥ 1 000 m
        r.Result("K", "ZH99010130001").Outcome.Should().Be("pass");   // ≥ 50 km
        r.Result("K", "ZH99010130001").Evidence.Should().Contain(e => e.Name == "params.setback" && e.Value == "50000 m");
        r.Result("N").Outcome.Should().Be("fail");                    // < 100 km for city 990100
    }

    [Fact]
    public void Facts_project_wins_additive_facts_sum_conflicts_and_wrong_dimensions_are_unknown()
    {
        var pack = With(
            Rule("A", "\"require\": \"facts.livestock.pig-equivalents >= 5000 head\"", effect: "restrict"),
            Rule("B", "\"require\": \"facts.lime.kiln-type == 'twin-shaft'\"", effect: "restrict"),
            Rule("C", "\"require\": \"facts.cement.clinker-capacity >= 5000 t/d\"", effect: "restrict"));
        var herd = (string path, double n) => (new Fact("livestock.pig-equivalents", FactValue.Of(new Quantity(n, Dimension.OfCount)), path), "livestock");
        var kiln = (string path, string t) => (new Fact("lime.kiln-type", FactValue.Of(t), path), "lime");
        // 3000 + 2500 head from two herd lines = 5500 head ≥ 5000.
        var (sum, _) = Check(pack, Project(facts: ("cement.clinker-capacity", Q("5000 t"))), [herd("/activities/0", 3000), herd("/activities/1", 2500), kiln("/activities/2", "twin-shaft"), kiln("/activities/3", "rotary")]);
        sum.Result("A").Outcome.Should().Be("pass");
        sum.Result("A").Evidence.Should().Contain(e => e.Value == "5500 head" && e.Source.En == "livestock (sum of 2 lines)");
        sum.Result("B").Outcome.Should().Be("needs-information");
        sum.Result("B").Evidence.Should().Contain(e => e.Source.En == "lime (conflicting values)");
        var (wrong, diagnostics) = Check(pack, Project(facts: ("cement.clinker-capacity", Q("5000 t"))));
        wrong.Result("C").Outcome.Should().Be("needs-information");
        diagnostics.Should().ContainSingle(d => d.Code == "CB6203" && d.Path == "/facts/cement.clinker-capacity");
        // A project-declared value overrides plugin values.
        var (declared, _) = Check(pack, Project(facts: ("livestock.pig-equivalents", Q("4000 head"))), [herd("/activities/0", 9000)]);
        declared.Result("A").Outcome.Should().Be("fail");
    }

    [Fact]
    public void Pollutants_and_natures_reach_the_rules()
    {
        var pack = With(Rule("W", "\"when\": \"pollutants.any and project.nature == 'expansion'\""));
        Check(pack, Project(nature: ProjectNature.Expansion, pollutants: [("COD", 1.2)])).Report.Result("W").Outcome.Should().Be("fail");
        Check(pack, Project(nature: ProjectNature.New, pollutants: [("COD", 1.2)])).Report.Result("W").Outcome.Should().Be("not-applicable");
        Check(pack, Project(nature: ProjectNature.Expansion)).Report.Result("W").Outcome.Should().Be("needs-information");
    }
}
