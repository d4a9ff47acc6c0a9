using Carbon.Zoning;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public class SpatialTests
{
    private static readonly ZoningPack Pack = Load(ZoningTestKit.Pack(
        Rule("K", "\"binding\": {\"unitCategories\": [2, 3]}, \"manualReview\": {\"zh\": \"复核\", \"en\": \"Review\"}", level: "category", effect: "restrict") + "," +
        Rule("D", "\"require\": \"site.distanceTo('no-farming') >= 9000 m\"", effect: "restrict") + "," +
        Rule("W", "\"when\": \"site.within('no-farming')\"")));

    [Fact]
    public void A_point_on_a_shared_boundary_belongs_to_both_units()
    {
        var (report, diagnostics) = Check(Pack, Project(101, 30.5));
        report.Units.Select(u => u.Code).Should().Equal("ZH99010120001", "ZH99010130001");
        diagnostics.Should().ContainSingle(d => d.Code == "CB6206");
        // A category rule is evaluated once per unit.
        report.Results.Where(r => r.RuleId == "K").Select(r => r.UnitCode).Should().Equal("ZH99010120001", "ZH99010130001");
    }

    [Fact]
    public void A_point_in_a_multipolygon_hole_is_outside_that_unit_and_outside_every_unit_is_not_a_pass()
    {
        var (report, diagnostics) = Check(Pack, Project(101.5, 30.5));
        report.Units.Should().BeEmpty();
        report.Site.Located.Should().BeFalse();
        diagnostics.Should().ContainSingle(d => d.Code == "CB6202").Which.Message.En.Should().Contain("this is not a pass");
        report.Verdict.Should().Be("needs-information");
        Pack.Locate(101.5, 30.5).UnitCodes.Should().BeEmpty();
        // On the hole's ring the point is on the unit's boundary, so it belongs to the unit.
        Pack.Locate(101.4, 30.5).UnitCodes.Should().Equal("ZH99010130001");
    }

    [Fact]
    public void Outside_the_pack_only_national_rules_bind()
    {
        var pack = Load(ZoningTestKit.Pack(
            Rule("N", "\"obligation\": {\"zh\": \"n\", \"en\": \"n\"}", level: "national", effect: "require") + "," +
            Rule("C", "\"obligation\": {\"zh\": \"c\", \"en\": \"c\"}", level: "city", effect: "require")));
        Check(pack, Project(100.5, 30.5)).Report.Results.Select(r => r.RuleId).Should().Equal("N", "C");
        // A site in Suzhou is outside the pack: the city's rules are not its rules.
        var (far, _) = Check(pack, Project(120.63, 31.26, adminCode: "320506"));
        far.Results.Select(r => r.RuleId).Should().Equal("N");
        far.Site.AdminCodes.Should().Equal("320506");
        far.Verdict.Should().Be("needs-information");
        // Without a location, a project whose admin code the pack covers is in its territory; one elsewhere is not.
        Check(pack, Project(null, null, adminCode: "990101")).Report.Results.Select(r => r.RuleId).Should().Equal("N", "C");
        Check(pack, Project(null, null, adminCode: "320506")).Report.Results.Select(r => r.RuleId).Should().Equal("N");
    }

    [Fact]
    public void A_project_without_a_location_needs_information()
    {
        var (report, diagnostics) = Check(Pack, Project(null, null));
        report.Site.Type.Should().Be("none");
        report.Verdict.Should().Be("needs-information");
        report.MissingFacts.Should().Contain("location");
        report.Result("W").Outcome.Should().Be("needs-information");
        diagnostics.Should().ContainSingle(d => d.Code == "CB6201");
    }

    [Fact]
    public void A_polygon_site_straddling_two_units_belongs_to_both()
    {
        var site = Polygon((100.9, 30.4), (101.1, 30.4), (101.1, 30.6), (100.9, 30.6), (100.9, 30.4));
        var (report, _) = Check(Pack, Project(location: site));
        report.Units.Select(u => u.Code).Should().Equal("ZH99010120001", "ZH99010130001");
        report.Site.Type.Should().Be("Polygon");
        report.Site.AreaSquareMetres.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_polygon_site_that_only_shares_an_edge_with_a_unit_does_not_belong_to_it()
    {
        var site = Polygon((101.0, 30.1), (101.2, 30.1), (101.2, 30.2), (101.0, 30.2), (101.0, 30.1));
        var (report, _) = Check(Pack, Project(location: site));
        report.Units.Select(u => u.Code).Should().Equal("ZH99010130001");
    }

    [Fact]
    public void A_polygon_site_touching_a_zone_is_within_it()
    {
        // The site's west edge lies on the no-farming zone's east edge (lon 100.4): touching counts for prohibitions.
        var site = Polygon((100.4, 30.25), (100.5, 30.25), (100.5, 30.35), (100.4, 30.35), (100.4, 30.25));
        var (report, _) = Check(Pack, Project(location: site));
        report.Result("W").Outcome.Should().Be("fail");
        report.Zones.Select(z => z.Id).Should().Contain("NF-1");
        report.Result("D").Evidence.Single(e => e.Name == "site.distanceTo('no-farming')").Value.Should().StartWith("0 m");
    }

    [Fact]
    public void A_self_intersecting_site_polygon_is_repaired_with_a_warning()
    {
        // A bow tie around (100.3, 30.3): its ring crosses itself.
        var site = Polygon((100.25, 30.25), (100.35, 30.35), (100.35, 30.25), (100.25, 30.35), (100.25, 30.25));
        var (report, diagnostics) = Check(Pack, Project(location: site));
        diagnostics.Should().ContainSingle(d => d.Code == "CB6207" && d.Severity == Carbon.Sdk.Diagnostics.DiagnosticSeverity.Warning);
        report.Units.Select(u => u.Code).Should().Equal("ZH99010120001");
        report.Result("W").Outcome.Should().Be("fail");
    }

    [Fact]
    public void A_point_on_a_zone_boundary_is_within_it()
    {
        Check(Pack, Project(100.4, 30.3)).Report.Result("W").Outcome.Should().Be("fail");
        Check(Pack, Project(100.41, 30.3)).Report.Result("W").Outcome.Should().Be("not-applicable");
    }

    [Fact]
    public void Distances_use_the_local_ellipsoidal_scale()
    {
        // Site (100.5, 30.3) to the zone's east edge lon 100.4 at the same latitude: 0.1° east.
        // CGCS2000 a = 6 378 137 m, f = 1/298.257222101, e² = f(2 − f) = 0.00669438002290;
        // N = a / √(1 − e² sin² 30.3°) = 6 383 578.26 m; N·cos 30.3° · π/180 = 96 194.748 m per degree east;
        // 0.1° × 96 194.748 m = 9 619.4748 m ([D], zoning.md design §4: distances accurate to 0.5 %).
        var (report, _) = Check(Pack, Project(100.5, 30.3));
        var evidence = report.Result("D").Evidence.Single(e => e.Name == "site.distanceTo('no-farming')").Value;
        double.Parse(evidence.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(9619.47479314, 1e-6);
        report.Result("D").Outcome.Should().Be("pass"); // 9 619 m ≥ 9 000 m
        Check(Pack, Project(100.45, 30.3)).Report.Result("D").Outcome.Should().Be("fail"); // 0.05° ≈ 4 810 m
    }

    [Fact]
    public void Locate_reports_units_and_zones_covering_a_point()
    {
        var l = Pack.Locate(100.3, 30.3);
        l.UnitCodes.Should().Equal("ZH99010120001");
        l.ZoneIds.Should().Equal("IP-1", "NF-1");
        Pack.Locate(double.NaN, 30).UnitCodes.Should().BeEmpty();
    }

    [Theory]
    [InlineData(112.97, 28.12, "ZH99010120001", "AZ-01,HC-01,IP-01,WZ-02")]
    [InlineData(112.855, 28.24, "ZH99010120002", "AZ-02,BU-01,HC-01,NF-02,RES-01,VOC-01,WZ-01")]
    [InlineData(112.84, 28.15, "ZH99010130001", "WZ-01")]
    [InlineData(112.90, 28.20, "ZH99010110002", "DW2-01,NF-01,WZ-01")]
    [InlineData(112.87, 28.205, "ZH99010110002", "DW1-01,NF-01,RV-01,WB-02,WZ-01")]
    [InlineData(112.84, 28.29, "ZH99010110001", "NF-03,NR-01,RL-01,WZ-01")]
    [InlineData(112.98, 28.20, "ZH99010110003", "WB-01,WZ-02")]
    [InlineData(112.90, 28.24, "ZH99010130001", "WZ-01")]
    public void The_sample_district_coordinates_of_the_readme(double lon, double lat, string unit, string zones)
    {
        var l = ZoningPackLoader.Sample.Locate(lon, lat);
        l.UnitCodes.Should().Equal(unit);
        string.Join(",", l.ZoneIds).Should().Be(zones);
    }

    [Fact]
    public void The_sample_town_is_a_hole_in_the_general_unit_and_the_level_2_zone_has_the_level_1_zone_as_a_hole()
    {
        ZoningPackLoader.Sample.Locate(112.855, 28.24).UnitCodes.Should().NotContain("ZH99010130001");
        ZoningPackLoader.Sample.Locate(112.87, 28.205).ZoneIds.Should().NotContain("DW2-01");
    }
}
