using System.Globalization;
using Carbon.Reports;
using Carbon.Zoning;

namespace Carbon.Core.Tests.Zoning;

/// <summary>The four sample projects of docs/samples/zoning through the real engine (AddCarbon), against the embedded sample district.</summary>
public class SampleProjectTests
{
    private static AssessmentReport Assess(string file) => ZoningTestEngine.Engine.Assess(File.ReadAllBytes(ZoningTestEngine.SamplePath(file)));

    private static ZoningReport Zoning(string file)
    {
        var report = Assess(file);
        report.HasErrors.Should().BeFalse(string.Join("\n", report.Diagnostics.Select(d => d.Code + " " + d.Message.En)));
        return report.Zoning!;
    }

    private static string[] Failed(ZoningReport z) =>
        [.. z.Results.Where(r => r.Outcome == "fail" && r.Enforcement == "enforce").Select(r => r.RuleId + "/" + r.Citation.ClauseRef)];

    [Fact]
    public void Clinker_line_in_the_park_with_replacement_is_conditional_with_its_offsets()
    {
        var z = Zoning("clinker-line-park-with-replacement.json");
        z.Pack.Id.Should().Be("carbon.sample-district");
        z.Pack.Sample.Should().BeTrue();
        z.Pack.Notice!.En.Should().Contain("FICTIONAL");
        z.Units.Select(u => u.Code).Should().Equal("ZH99010120001");
        z.Units[0].Category.Should().Be(2);
        z.Units[0].SubType.Should().Be("产业集聚类");
        z.Zones.Select(x => x.Id).Should().Equal("AZ-01", "HC-01", "IP-01", "WZ-02");
        z.Verdict.Should().Be("conditional");
        Failed(z).Should().BeEmpty();

        // Offsets (C35, [S]; O3 non-attainment in the sample city): NOx 1085 t/a × 2 = 2170 t/a; VOCs 12 t/a × 2 = 24 t/a.
        // C1 (NOx 1:1, VOCs 2:1) asks for less or the same, so the province rule P-01 sets both.
        z.Offsets.Select(o => (o.Pollutant, o.ProjectTonnes, o.RatioText, o.RequiredTonnes, o.RuleId, o.Citation.ClauseRef)).Should().Equal(
            ("NOx", 1085.0, "2:1", 2170.0, "P-01", "C35"),
            ("VOCs", 12.0, "2:1", 24.0, "P-01", "C35"));
        z.Offsets.Should().OnlyContain(o => o.AlsoRequiredBy.SequenceEqual(new[] { "C-01" }));

        // Capacity replacement (C29, [S]): non-key region, normal sources: 5000 t/d × 1.5 = 7500 t/d; the project retires 7500 t/d.
        var cr = z.CapacityReplacements.Single(c => c.RuleId == "N-03");
        (cr.RegionClass, cr.SourceClass, cr.RequiredRatio, cr.RequiredTonnesPerDay, cr.ProvidedTonnesPerDay, cr.Outcome, cr.Citation.ClauseRef)
            .Should().Be(("non-key", "normal", 1.5, 7500.0, 7500.0, "pass", "C29"));
        z.CapacityReplacements.Single(c => c.RuleId == "C-09").RequiredTonnesPerDay.Should().Be(5000); // C13: equal quantity, 1:1

        z.Conditions.Select(c => c.RuleId + ":" + c.Kind).Should().Equal(
            "P-01:offset", "P-01:offset", "N-02:obligation", "N-03:capacity-replacement", "D-01:obligation");

        // Energy cap (fictional district data): headroom 260万 − 235万 = 250 000 tce. Project energy (GB/T 2589):
        // 190 000 t coal × 0.7143 kgce/kg = 135 717 tce; 85 250 000 kWh × 0.1229 kgce/kWh = 10 477.225 tce; Σ 146 194.225 tce.
        var cap = z.Result("D-01");
        cap.Outcome.Should().Be("pass");
        double.Parse(cap.Evidence.Single(e => e.Name == "energy.total").Value.Split(' ')[0], CultureInfo.InvariantCulture).Should().BeApproximately(146_194.225, 1e-6);
        cap.Evidence.Single(e => e.Name == "region.cap.headroom('energy')").Value.Should().StartWith("250000 tce");

        // 标杆 check (C32; the 100 kgce/t value is UNCONFIRMED, so the rule is advisory): 146 194.225 tce × 1000 ÷ 1 550 000 t = 94.3189 kgce/t.
        var benchmark = z.Result("N-04");
        (benchmark.Outcome, benchmark.Enforcement, benchmark.Status).Should().Be(("pass", "advisory", "single-source"));
        benchmark.Evidence.Single(e => e.Name == "energy.unit('cement.clinker')").Value.Should().Contain("94.3188548387 kgce/t");
        benchmark.Evidence.Single(e => e.Name == "params.benchmark").Source.En.Should().Be("rule parameter (unconfirmed)");
    }

    [Fact]
    public void The_same_line_without_replacement_is_prohibited_citing_the_replacement_clause()
    {
        var z = Zoning("clinker-line-park-without-replacement.json");
        z.Verdict.Should().Be("prohibited");
        Failed(z).Should().Equal("N-03/C29", "C-09/C13", "U-06/C6");
        z.Result("N-03").Citation.Document.Should().Be("水泥玻璃行业产能置换实施办法（2021年修订）");
        z.Result("N-03").Message!.En.Should().Contain("5000 t/d new needs at least 7500 t/d retired, 1.5:1; the project retires 0 t/d");
        z.Result("U-06").Via.Should().BeEmpty();
        z.Result("N-03").Via.Should().Equal("U-06");
    }

    [Fact]
    public void A_pig_farm_inside_the_no_farming_zone_is_prohibited()
    {
        var z = Zoning("pig-farm-in-no-farming-zone.json");
        z.Units.Select(u => u.Code).Should().Equal("ZH99010110002");
        z.Zones.Select(x => x.Id).Should().Equal("DW2-01", "NF-01", "WZ-01");
        z.Zones.Single(x => x.Id == "NF-01").LegalCategory.Should().StartWith("饮用水水源保护区");
        z.Verdict.Should().Be("prohibited");
        Failed(z).Should().Equal("N-08/C37", "C-08/C12", "C-21/C18", "U-02/C6");
        z.Result("C-08").Evidence.Should().ContainSingle(e => e.Name == "site.within('no-farming')" && e.Value == "true (NF-01)");
    }

    [Fact]
    public void The_same_farm_outside_the_no_farming_zone_is_conditional_with_its_conditions()
    {
        var z = Zoning("pig-farm-outside-no-farming-zone.json");
        z.Units.Select(u => u.Code).Should().Equal("ZH99010130001");
        z.Zones.Select(x => x.Id).Should().Equal("WZ-01");
        Failed(z).Should().BeEmpty();
        z.Verdict.Should().Be("conditional");
        z.Conditions.Select(c => c.RuleId + ":" + c.Kind).Should().Equal("D-01:obligation");
        z.Result("N-08").Outcome.Should().Be("not-applicable");
        z.Result("C-08").Outcome.Should().Be("not-applicable");

        // Setbacks (C38, UNCONFIRMED → advisory). From (112.84, 28.15): to DW1-01's corner (112.86, 28.20) is 0.02° east, 0.05° north.
        // At 28.15° (CGCS2000, local plane): 98 225.326 m per degree east, 110 821.874 m per degree north
        // → √(1 964.507² + 5 541.094²) = 5 879.03 m ≥ 500 m ([D]).
        var setback = z.Result("N-09");
        (setback.Outcome, setback.Enforcement, setback.Status).Should().Be(("pass", "advisory", "unconfirmed"));
        double.Parse(setback.Evidence.Single(e => e.Name == "site.distanceTo('drinking-water-1')").Value.Split(' ')[0], CultureInfo.InvariantCulture)
            .Should().BeApproximately(5879.030969998752, 1e-6);

        // The receiving section CS-01 misses its class III target (current IV): COD and NH3-N are offset at more than 1:1
        // unless within de minimis (C35: COD ≤ 1 t/a, NH3-N ≤ 0.5 t/a); 0.8 t and 0.1 t are within it.
        z.Offsets.Select(o => (o.Pollutant, o.RatioText, o.DeMinimisApplied, o.RequiredTonnes)).Should().Equal(("COD", ">1:1", true, 0.0), ("NH3-N", ">1:1", true, 0.0));
        z.Zones.Single().Section!.MeetsTarget.Should().BeFalse();
        z.Advisories.Should().Contain(a => a.RuleId == "U-09" && a.Kind == "obligation");
        z.VerdictIncludingAdvisory.Should().Be("conditional");
    }

    [Fact]
    public void The_engine_says_when_the_sample_district_was_used_and_flags_unconfirmed_rules()
    {
        var report = Assess("pig-farm-outside-no-farming-zone.json");
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB6205" && d.Severity == "info");
        report.Diagnostics.Where(d => d.Code == "CB6204").Select(d => d.Path).Should().Equal("/zoning/results/N-09", "/zoning/results/C-17", "/zoning/results/U-09");
    }

    [Fact]
    public void A_pack_passed_in_the_options_is_used()
    {
        var pack = ZoningPackLoader.Sample.WithEnforcement(EnforcementMode.Advisory);
        var report = ZoningTestEngine.Engine.Assess(File.ReadAllBytes(ZoningTestEngine.SamplePath("pig-farm-in-no-farming-zone.json")), new AssessmentOptions { ZoningPack = pack });
        report.Zoning!.Pack.Enforcement.Should().Be("advisory");
        report.Zoning.Verdict.Should().Be("allowed");
        report.Zoning.VerdictIncludingAdvisory.Should().Be("prohibited");
        ZoningTestEngine.Engine.Assess(File.ReadAllBytes(ZoningTestEngine.SamplePath("pig-farm-in-no-farming-zone.json")), new AssessmentOptions { IncludeZoning = false }).Zoning.Should().BeNull();
    }

    [Fact]
    public void The_report_is_identical_under_any_culture_and_round_trips_through_json()
    {
        var bytes = File.ReadAllBytes(ZoningTestEngine.SamplePath("clinker-line-park-with-replacement.json"));
        var original = CultureInfo.CurrentCulture;
        var outputs = new List<string>();
        try
        {
            foreach (var culture in new[] { "zh-CN", "de-DE", "tr-TR", "ar-SA" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                outputs.Add(ReportJson.Serialize(ZoningTestEngine.Engine.Assess(bytes)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        outputs.Distinct().Should().ContainSingle();
        var back = ReportJson.Deserialize(outputs[0]);
        back.Zoning!.Verdict.Should().Be("conditional");
        back.Zoning.Offsets.Should().HaveCount(2);
        outputs[0].Should().Contain("\"verdict\": \"conditional\"");
    }

    [Fact]
    public void Concurrent_assessments_give_the_same_answer()
    {
        var files = new[] { "clinker-line-park-with-replacement.json", "clinker-line-park-without-replacement.json", "pig-farm-in-no-farming-zone.json", "pig-farm-outside-no-farming-zone.json" };
        var expected = files.Select(f => ReportJson.Serialize(Assess(f))).ToArray();
        var results = new string[40];
        Parallel.For(0, 40, i => results[i] = ReportJson.Serialize(Assess(files[i % 4])));
        for (var i = 0; i < 40; i++)
        {
            results[i].Should().Be(expected[i % 4]);
        }
    }
}
