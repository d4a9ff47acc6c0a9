using static Carbon.Core.Tests.Baselines.BaselineTestProjects;

namespace Carbon.Core.Tests.Baselines;

/// <summary>GB 16780-2021 levels and its clinker-ratio (5.3) and altitude (5.4) corrections (energy.md §4 [C]).</summary>
public class Gb16780Tests
{
    [Fact]
    public void A_clinker_line_meets_level_2_but_not_level_1()
    {
        // 104 918 tce ÷ 1 000 000 t = 104.918 kgce/t (see ClinkerLine): > 100 (level 1), ≤ 107 (level 2), ≤ 117 (level 3).
        var report = Assess(ClinkerLine(), BenchmarkTables.Gb16780);
        var b = report.Baseline("gb16780-2021", "clinker.comprehensive-energy");
        b.Value.Should().BeApproximately(104.918, 1e-9 * 104.918);
        b.Unit.Should().Be("kgce/t");
        b.Level("level-1").Met.Should().BeFalse();
        b.Level("level-2").Met.Should().BeTrue();
        b.Level("level-3").Met.Should().BeTrue();
        b.BestLevelMet.Should().Be("level-2");
        b.Classification.Should().BeNull(); // no 标杆/基准 levels in a GB limit table
        b.DataSet.Should().Be("test.gb16780");
        b.DataSetVersion.Should().Be("test.1");
        b.Source.Should().Contain("GB 16780-2021").And.Contain("adgo07/ECQuota-Insight");
        b.Level("level-2").AppliesTo!.En.Should().Be("new and expanded plants");
        b.Level("level-2").AppliesToStatus.Should().Be("unconfirmed");
        // The trace lets a reviewer redo it: every line's tce and the output.
        b.Trace!.Inputs.Should().Contain(i => i.Name == "coal.raw" && Math.Abs(i.Value - 100002) < 1e-6 && i.Path == "/energy/0");
        b.Trace.Inputs.Should().Contain(i => i.Name == "output" && i.Value == 1e6 && i.Path == "/products/0/output");
    }

    [Fact]
    public void Electricity_and_coal_indicators_use_their_own_bases()
    {
        var report = Assess(ClinkerLine(), BenchmarkTables.Gb16780);
        // 40 000 000 kWh ÷ 1 000 000 t = 40 kWh/t ≤ 48 → level 1.
        var electricity = report.Baseline("gb16780-2021", "clinker.electricity");
        electricity.Value.Should().BeApproximately(40, 1e-9 * 40);
        electricity.BestLevelMet.Should().Be("level-1");
        // Coal only: 100 002 tce ÷ 1 000 000 t = 100.002 kgce/t: > 94, > 100, ≤ 109 → level 3.
        var coal = report.Baseline("gb16780-2021", "clinker.coal");
        coal.Value.Should().BeApproximately(100.002, 1e-9 * 100.002);
        coal.Carriers.Should().Equal("coal.raw", "coal.washed");
        coal.BestLevelMet.Should().Be("level-3");
        coal.Level("level-2").Met.Should().BeFalse();
    }

    [Theory]
    [InlineData("\"cement.clinker-ratio\": \"80 %\"")]
    [InlineData("\"cement.clinker-ratio\": 0.8")]
    public void The_clinker_ratio_correction_raises_the_cement_levels(string fact)
    {
        // 10万 t cement; 1.2万 t raw coal × 0.7143 = 8 571.6 tce; 400万 kWh × 0.1229 = 491.6 tce; 9 063.2 tce → 90.632 kgce/t.
        // Clinker ratio 80 %: level 1 = 80 + 5 × 1.10 = 85.5; level 2 = 87 + 5 × 1.15 = 92.75; level 3 = 94 + 5 × 1.20 = 100
        // (GB 16780-2021 5.3, energy.md §4.2 [D]). 90.632 > 85.5 and ≤ 92.75: meets level 2 only because of the correction.
        var json = Project(
            """{ "product": "cement.cement", "output": "10万 t" }""",
            """{ "carrier": "coal.raw", "amount": "1.2万 t" }, { "carrier": "electricity", "amount": "400万 kWh" }""",
            fact);
        var b = Assess(json, BenchmarkTables.Gb16780).Baseline("gb16780-2021", "cement.comprehensive-energy");
        b.Value.Should().BeApproximately(90.632, 1e-9 * 90.632);
        b.Level("level-1").Corrected.Should().BeApproximately(85.5, 1e-9 * 85.5);
        var level2 = b.Level("level-2");
        level2.Published.Should().Be(87);
        level2.Corrected.Should().BeApproximately(92.75, 1e-9 * 92.75);
        level2.Met.Should().BeTrue();
        var step = level2.Corrections.Single(c => c.Correction == "gb16780.clinker-ratio");
        step.Applied.Should().BeTrue();
        step.FactValue.Should().BeApproximately(80, 1e-9 * 80);
        step.Formula.Should().Be("87 + 1.15 × (80 − 75) = 92.75");
        b.Level("level-3").Corrected.Should().BeApproximately(100, 1e-9 * 100);
        b.BestLevelMet.Should().Be("level-2");
    }

    [Fact]
    public void The_altitude_correction_multiplies_level_3_above_1500_m()
    {
        // P = 80 000 Pa: K = 1.179 − 0.211 × 80 000 / 101 325 = 1.179 − 0.166592647… = 1.012407352…;
        // clinker level 3 = 117 × 1.012407352… = 118.4516602… ≈ 118.45 kgce/t (GB 16780-2021 5.4, energy.md §4.2 [D]).
        var report = Assess(ClinkerLine(facts: "\"site.altitude\": \"2000 m\", \"site.pressure\": \"80000 Pa\""), BenchmarkTables.Gb16780);
        var b = report.Baseline("gb16780-2021", "clinker.comprehensive-energy");
        var expectedK = 1.179 - (0.211 * 80000 / 101325);
        var level3 = b.Level("level-3");
        level3.Corrected.Should().BeApproximately(117 * expectedK, 1e-9 * 118.45);
        level3.Corrected.Should().BeApproximately(118.45, 0.005);
        var step = level3.Corrections.Single();
        step.Applied.Should().BeTrue();
        step.Kind.Should().Be("multiplicative");
        step.Formula.Should().StartWith("117 × (1.179 − 0.211 × 80000 / 101325) = 117 × 1.01240735257");
        step.Note!.En.Should().Be("Condition met: site.altitude = 2000 m > 1500 m.");
        // Levels 1 and 2 are not corrected for altitude.
        b.Level("level-1").Corrected.Should().Be(100);
        b.Level("level-2").Corrections.Should().BeEmpty();
        b.NeedsInformation.Should().BeEmpty();
    }

    [Fact]
    public void Pressure_in_kilopascals_is_converted()
    {
        var report = Assess(ClinkerLine(facts: "\"site.altitude\": \"2000 m\", \"site.pressure\": \"80 kPa\""), BenchmarkTables.Gb16780);
        report.Baseline("gb16780-2021", "clinker.comprehensive-energy").Level("level-3").Corrected
            .Should().BeApproximately(117 * (1.179 - (0.211 * 80000 / 101325)), 1e-9 * 118.45);
    }

    [Fact]
    public void Cement_level_3_takes_both_corrections_in_order()
    {
        // Clinker ratio 80 %: 94 + 5 × 1.20 = 100; then altitude: 100 × 1.012407352… = 101.2407352… kgce/t.
        var json = Project(
            """{ "product": "cement.cement", "output": "10万 t" }""",
            """{ "carrier": "electricity", "amount": "400万 kWh" }""",
            "\"cement.clinker-ratio\": \"80 %\", \"site.altitude\": \"2000 m\", \"site.pressure\": \"80000 Pa\"");
        var level3 = Assess(json, BenchmarkTables.Gb16780).Baseline("gb16780-2021", "cement.comprehensive-energy").Level("level-3");
        level3.Corrections.Select(c => c.Correction).Should().Equal("gb16780.clinker-ratio", "gb16780.altitude");
        level3.Corrected.Should().BeApproximately(100 * (1.179 - (0.211 * 80000 / 101325)), 1e-9 * 101.24);
    }

    [Fact]
    public void Below_1500_m_the_altitude_correction_does_not_apply()
    {
        var report = Assess(ClinkerLine(facts: "\"site.altitude\": \"1200 m\", \"site.pressure\": \"88000 Pa\""), BenchmarkTables.Gb16780);
        var level3 = report.Baseline("gb16780-2021", "clinker.comprehensive-energy").Level("level-3");
        level3.Corrected.Should().Be(117);
        var step = level3.Corrections.Single();
        step.Applied.Should().BeFalse();
        step.Note!.En.Should().Be("Condition not met: site.altitude = 1200 m ≤ 1500 m; no correction.");
    }

    [Fact]
    public void A_missing_altitude_is_a_needs_information_note_and_level_3_is_judged_without_the_correction()
    {
        var report = Assess(ClinkerLine(), BenchmarkTables.Gb16780);
        var b = report.Baseline("gb16780-2021", "clinker.comprehensive-energy");
        b.Level("level-3").Corrected.Should().Be(117);
        b.Level("level-3").Corrections.Single().Applied.Should().BeFalse();
        b.NeedsInformation.Should().ContainSingle(n => n.En.Contains("site.altitude", StringComparison.Ordinal));
        report.Diagnostics.Should().Contain(d => d.Code == "CB5308" && d.Severity == "info");
    }

    [Fact]
    public void A_missing_pressure_above_1500_m_leaves_level_3_unjudged()
    {
        var report = Assess(ClinkerLine(facts: "\"site.altitude\": \"2000 m\""), BenchmarkTables.Gb16780);
        var b = report.Baseline("gb16780-2021", "clinker.comprehensive-energy");
        b.Level("level-3").Corrected.Should().BeNull();
        b.Level("level-3").Met.Should().BeNull();
        b.Level("level-2").Met.Should().BeTrue();
        b.NeedsInformation.Should().Contain(n => n.En.Contains("site.pressure", StringComparison.Ordinal));
        report.Diagnostics.Should().Contain(d => d.Code == "CB5301" && d.Path == "/facts");
    }

    [Fact]
    public void A_missing_clinker_ratio_leaves_every_cement_level_unjudged()
    {
        var json = Project("""{ "product": "cement.cement", "output": "10万 t" }""", """{ "carrier": "electricity", "amount": "400万 kWh" }""");
        var report = Assess(json, BenchmarkTables.Gb16780);
        var b = report.Baseline("gb16780-2021", "cement.comprehensive-energy");
        b.Levels.Should().OnlyContain(l => l.Corrected == null && l.Met == null);
        b.BestLevelMet.Should().BeNull();
        report.Diagnostics.Count(d => d.Code == "CB5301").Should().Be(1);
    }

    [Fact]
    public void A_fact_of_the_wrong_dimension_is_warned_about()
    {
        var report = Assess(ClinkerLine(facts: "\"site.altitude\": \"2000 m\", \"site.pressure\": \"2000 m\""), BenchmarkTables.Gb16780);
        report.Baseline("gb16780-2021", "clinker.comprehensive-energy").Level("level-3").Corrected.Should().BeNull();
        report.Diagnostics.Should().Contain(d => d.Code == "CB5302" && d.Path == "/facts/site.pressure");
    }

    [Fact]
    public void A_table_not_yet_in_force_on_the_review_date_is_not_compared()
    {
        // GB 16780-2021 is in force from 2022-11-01.
        var json = ClinkerLine().Replace("\"2024-03-01\"", "\"2022-10-31\"", StringComparison.Ordinal);
        Assess(json, BenchmarkTables.Gb16780).Baselines.Should().BeEmpty();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Baselines_are_byte_identical_under_any_culture(string culture)
    {
        var json = ClinkerLine(facts: "\"site.altitude\": \"2000 m\", \"site.pressure\": \"80000 Pa\"");
        var reference = Carbon.Reports.ReportJson.Serialize(Assess(json, BenchmarkTables.Gb16780, BenchmarkTables.BenchmarkList));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            Carbon.Reports.ReportJson.Serialize(Assess(json, BenchmarkTables.Gb16780, BenchmarkTables.BenchmarkList)).Should().Be(reference);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Indicators_of_products_the_project_does_not_make_are_not_reported()
    {
        var report = Assess(ClinkerLine(), BenchmarkTables.Gb16780);
        report.Baselines.Should().NotContain(b => b.Product == "cement.cement");
        report.Baselines.Should().HaveCount(3);
    }
}
