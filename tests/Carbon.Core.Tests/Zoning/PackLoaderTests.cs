using System.Text;
using Carbon.Sdk.Diagnostics;
using Carbon.Zoning;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public class PackLoaderTests
{
    private static Diagnostic Single(ZoningPackLoadResult r, string code)
    {
        r.Pack.Should().BeNull();
        return r.Diagnostics.Should().ContainSingle(d => d.Code == code, Describe(r.Diagnostics)).Subject;
    }

    [Fact]
    public void A_valid_pack_loads_with_its_counts()
    {
        var pack = Load(Pack(Rule("R1", "\"when\": \"site.within('no-farming')\"")));
        pack.Id.Should().Be("test.pack");
        pack.UnitCount.Should().Be(2);
        pack.ZoneCount.Should().Be(2);
        pack.RuleCount.Should().Be(1);
        pack.IsSample.Should().BeFalse();
        pack.Enforcement.Should().Be(EnforcementMode.Enforce);
        pack.WithEnforcement(EnforcementMode.Advisory).Enforcement.Should().Be(EnforcementMode.Advisory);
    }

    [Fact]
    public void Bad_json_is_a_diagnostic()
    {
        var r = TryLoad("{ \"schemaVersion\": ");
        Single(r, "CB6002").Message.En.Should().Contain("not valid JSON");
    }

    [Fact]
    public void Oversized_file_is_a_diagnostic()
    {
        var r = ZoningPackLoader.Load(Encoding.UTF8.GetBytes(Pack(string.Empty)), new ZoningPackLimits { MaxFileBytes = 100 });
        Single(r, "CB6003");
    }

    [Fact]
    public void Unknown_members_are_warnings_and_missing_ones_errors()
    {
        var r = TryLoad(Pack(string.Empty).Replace("\"version\": \"1\",", "\"versoin\": \"1\",", StringComparison.Ordinal));
        r.Diagnostics.Should().Contain(d => d.Code == "CB6012" && d.Path == "/versoin" && d.Severity == DiagnosticSeverity.Warning);
        Single(r, "CB6005").Path.Should().Be("/version");
    }

    [Fact]
    public void Unsupported_schema_version()
    {
        Single(TryLoad(Pack(string.Empty).Replace("\"schemaVersion\": \"1\"", "\"schemaVersion\": \"2\"", StringComparison.Ordinal)), "CB6017");
    }

    [Fact]
    public void Bad_enum_values_name_the_allowed_ones()
    {
        var d = Single(TryLoad(Pack(string.Empty, enforcement: "strict")), "CB6007");
        d.Path.Should().Be("/enforcement");
        d.Message.En.Should().Contain("enforce, advisory");
        Single(TryLoad(Pack(string.Empty).Replace("\"category\": 3", "\"category\": 4", StringComparison.Ordinal)), "CB6007").Path.Should().Be("/units/1/category");
    }

    [Fact]
    public void Wrong_types_and_bad_quantities_are_diagnostics()
    {
        Single(TryLoad(Pack(string.Empty).Replace("\"version\": \"1\"", "\"version\": 1", StringComparison.Ordinal)), "CB6006").Path.Should().Be("/version");
        var caps = """[{"adminCode": "990101", "caps": [{"resource": "energy", "limit": "300万 t"}]}]""";
        var d = Single(TryLoad(Pack(string.Empty, regions: caps)), "CB6013");
        d.Path.Should().Be("/regions/0/caps/0/limit");
        d.Message.En.Should().Contain("300万 tce");
    }

    [Fact]
    public void Duplicate_unit_codes_are_refused()
    {
        Single(TryLoad(Pack(string.Empty).Replace("ZH99010130001", "ZH99010120001", StringComparison.Ordinal)), "CB6008").Message.En.Should().Contain("ZH99010120001");
    }

    [Fact]
    public void An_open_ring_is_refused_with_its_path()
    {
        var json = Pack(string.Empty).Replace("[[[100.2,30.2],[100.4,30.2],[100.4,30.4],[100.2,30.4],[100.2,30.2]]]", "[[[100.2,30.2],[100.4,30.2],[100.4,30.4],[100.2,30.4],[100.2,30.3]]]", StringComparison.Ordinal);
        var d = Single(TryLoad(json), "CB6009");
        d.Path.Should().Be("/zones/0/geometry/coordinates/0");
        d.Message.En.Should().Contain("not closed");
    }

    [Fact]
    public void Projected_coordinates_are_refused()
    {
        var json = Pack(string.Empty).Replace("[100.2,30.2],[100.4,30.2]", "[500000,3300000],[100.4,30.2]", StringComparison.Ordinal);
        Single(TryLoad(json), "CB6009").Message.En.Should().Contain("longitude/latitude");
    }

    [Fact]
    public void A_self_intersecting_polygon_is_repaired_with_a_warning()
    {
        // A bow tie: the ring crosses itself.
        var json = Pack(string.Empty).Replace("[[[100.2,30.2],[100.4,30.2],[100.4,30.4],[100.2,30.4],[100.2,30.2]]]", "[[[100.2,30.2],[100.4,30.4],[100.4,30.2],[100.2,30.4],[100.2,30.2]]]", StringComparison.Ordinal);
        var r = TryLoad(json);
        r.Pack.Should().NotBeNull(Describe(r.Diagnostics));
        r.Diagnostics.Should().ContainSingle(d => d.Code == "CB6018" && d.Path == "/zones/0/geometry");
    }

    [Fact]
    public void Vertex_limits_are_diagnostics()
    {
        var r = ZoningPackLoader.Load(Encoding.UTF8.GetBytes(Pack(string.Empty)), new ZoningPackLimits { MaxVerticesPerGeometry = 4 });
        r.Pack.Should().BeNull();
        r.Diagnostics.First(d => d.Code == "CB6010").Path.Should().Be("/units/0/geometry/coordinates/0");
        var total = ZoningPackLoader.Load(Encoding.UTF8.GetBytes(Pack(string.Empty)), new ZoningPackLimits { MaxVertices = 12 });
        total.Pack.Should().BeNull();
        total.Diagnostics.Should().Contain(d => d.Code == "CB6010");
    }

    [Fact]
    public void Too_many_rules_is_a_diagnostic()
    {
        var rules = string.Join(",", Enumerable.Range(0, 3).Select(i => Rule("R" + i, string.Empty)));
        var r = ZoningPackLoader.Load(Encoding.UTF8.GetBytes(Pack(rules)), new ZoningPackLimits { MaxRules = 2 });
        Single(r, "CB6011").Path.Should().Be("/rules");
    }

    [Fact]
    public void Expression_errors_name_the_rule_the_member_and_the_column()
    {
        var r = TryLoad(Pack(Rule("N-7", "\"when\": \"facts.cement.clinker-capacity > 500 m\"")));
        var d = Single(r, "CB6109");
        d.Path.Should().Be("/rules/0/when");
        d.Message.En.Should().StartWith("Rule 'N-7', when, column 31:");
        d.Message.Zh.Should().StartWith("规则“N-7”的 when，第 31 列");
    }

    [Fact]
    public void Unknown_rule_references_and_cycles_are_refused()
    {
        Single(TryLoad(Pack(Rule("A", "\"references\": [\"B\"]"))), "CB6014").Message.En.Should().Contain("unknown rule 'B'");
        var cycle = Pack(Rule("A", "\"references\": [\"B\"]") + "," + Rule("B", "\"references\": [\"A\"]"));
        Single(TryLoad(cycle), "CB6015").Message.En.Should().Contain("A → B → A");
    }

    [Fact]
    public void Unit_rules_need_units_and_category_rules_need_categories()
    {
        Single(TryLoad(Pack(Rule("U", "\"binding\": {}", level: "unit"))), "CB6021").Message.En.Should().Contain("binding.units");
        Single(TryLoad(Pack(Rule("K", string.Empty, level: "category"))), "CB6021").Message.En.Should().Contain("binding.unitCategories");
        Single(TryLoad(Pack(Rule("U", "\"binding\": {\"units\": [\"ZH00\"]}", level: "unit"))), "CB6014").Message.En.Should().Contain("unknown unit 'ZH00'");
    }

    [Fact]
    public void Rules_with_nothing_to_check_are_refused()
    {
        Single(TryLoad(Pack(Rule("A", string.Empty, effect: "advise"))), "CB6020");
    }

    [Fact]
    public void Unknown_sectors_and_bad_industry_prefixes_are_refused()
    {
        Single(TryLoad(Pack(Rule("A", "\"binding\": {\"sectors\": [\"steel\"]}"))), "CB6014").Message.En.Should().Contain("unknown sector 'steel'");
        Single(TryLoad(Pack(Rule("A", "\"binding\": {\"industries\": [\"c30\"]}"))), "CB6007").Path.Should().Be("/rules/0/binding/industries/0");
    }

    [Fact]
    public void Declared_facts_extend_the_catalogue_and_clashes_are_refused()
    {
        var extra = ", \"facts\": [{\"key\": \"steel.capacity\", \"type\": \"quantity\", \"unit\": \"t/a\", \"zh\": \"钢产能\", \"en\": \"Steel capacity\"}]";
        Load(Pack(Rule("A", "\"when\": \"facts.steel.capacity > 100万 t/a\""), extra));
        var clash = ", \"facts\": [{\"key\": \"cement.clinker-capacity\", \"type\": \"text\", \"zh\": \"x\", \"en\": \"x\"}]";
        Single(TryLoad(Pack(string.Empty, clash)), "CB6024");
    }

    [Fact]
    public void Layers_cannot_be_used_from_bytes()
    {
        Single(TryLoad(Pack(string.Empty, ", \"layers\": [{\"file\": \"units.shp\", \"as\": \"units\"}]")), "CB6023");
    }

    [Fact]
    public void A_unit_code_that_fits_the_inferred_pattern_lends_its_admin_code_and_a_mismatch_warns()
    {
        // ZH + 990101 + category digit 2 + 0001, but the category field says 3: a warning, code kept as given.
        var json = Pack(string.Empty).Replace("\"category\": 3, \"adminCode\": \"990101\"", "\"category\": 3", StringComparison.Ordinal)
            .Replace("ZH99010130001", "ZH99010120009", StringComparison.Ordinal);
        var r = TryLoad(json);
        r.Pack.Should().NotBeNull(Describe(r.Diagnostics));
        r.Diagnostics.Should().ContainSingle(d => d.Code == "CB6022").Which.Message.En.Should().Contain("UNCONFIRMED");
        r.Pack!.Content.Units.Single(u => u.Code == "ZH99010120009").AdminCode.Should().Be("990101");
    }

    [Fact]
    public void Loading_a_missing_path_is_a_diagnostic()
    {
        var r = ZoningPackLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-pack-" + Guid.NewGuid().ToString("N")));
        Single(r, "CB6001");
        Single(ZoningPackLoader.Load(string.Empty), "CB6001");
    }

    [Fact]
    public void The_sample_pack_loads_without_any_diagnostic_and_is_labelled_sample()
    {
        var bytes = File.ReadAllBytes(ZoningTestEngine.SamplePath("sample-district.json"));
        var r = ZoningPackLoader.Load(bytes);
        r.Diagnostics.Should().BeEmpty(Describe(r.Diagnostics));
        r.Pack!.IsSample.Should().BeTrue();
        r.Pack.Notice!.Zh.Should().Contain("虚构");
        r.Pack.Notice.En.Should().Contain("FICTIONAL");
        ZoningPackLoader.Sample.Id.Should().Be("carbon.sample-district");
        ZoningPackLoader.Sample.Should().BeSameAs(ZoningPackLoader.Sample);
    }
}
