using Carbon.Plugins.Cement.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>The clinker-based method of the 2013 China cement guideline / GB/T 32151.8-2015 (the default).</summary>
public class ClinkerChinaMethodTests
{
    // The exact value of the ghg-methods.md §6.2 vector: EF = 0.64 × 44/56 + 0.019 × 1.1 = 0.502857142857… + 0.0209
    // = 0.523757142857… t/t; the file prints it rounded as 0.5237571 and E = 523 757.1 t.
    private const double ExactEf = (0.64 * 44.0 / 56.0) + 0.0209;
    private const double ExactE = 1_000_000 * ExactEf; // 523 757.142857… t CO2

    private static Line Vector() => Line.Of("cement.clinker", "1000000 t")
        .Q("caoFraction", "65 %").Q("nonCarbonateCaoFraction", "1 %")
        .Q("mgoFraction", "2 %").Q("nonCarbonateMgoFraction", "0.1 %");

    [Fact]
    public void Default_methodology_is_china_2013_and_gives_the_ghg_6_2_vector()
    {
        var result = Calc.Run(Vector());

        // EF = (0.65 − 0.01) × 44/56 + (0.02 − 0.001) × 44/40 = 0.64 × 0.785714… + 0.019 × 1.1
        //    = 0.5028571… + 0.0209 = 0.5237571… t/t; E = 1 000 000 t × 0.5237571… = 523 757.142857… t CO2,
        // printed as 523 757.1 t in ghg-methods.md §6.2 [D] (from the §1.2 equation [C]).
        result.Methodology.Should().Be("china-2013");
        result.HasErrors().Should().BeFalse();
        result.Emissions.Should().ContainSingle();
        var line = result.Emissions[0];
        line.Source.Should().Be(EmissionSources.Process);
        line.Gas.Should().Be(Gas.CO2);
        line.Tonnes.Should().BeApproximately(523_757.1, 0.05, "ghg-methods.md §6.2 prints one decimal");
        line.Tonnes.Should().BeApproximately(ExactE, 1e-9 * ExactE);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Indicator_gives_the_clinker_process_factor()
    {
        var result = Calc.Run(Vector());

        // 0.64 × 44/56 + 0.019 × 44/40 = 0.5237571… t CO2/t clinker (ghg-methods.md §6.2 [D] prints 0.5237571).
        var indicator = result.Indicators.Should().ContainSingle().Subject;
        indicator.Id.Should().Be("cement.clinker-process-ef");
        indicator.Value.Should().BeApproximately(0.5237571, 5e-8);
        indicator.Value.Should().BeApproximately(ExactEf, 1e-15);
        indicator.Unit.Should().Be("tCO2/t");
    }

    [Fact]
    public void Trace_carries_every_input_with_its_path_and_the_exact_constants()
    {
        var trace = Calc.Run(Vector()).Emissions[0].Trace;

        trace.Formula.Should().Be("E = Q × [(FR_CaO − FR_CaO,nc) × 44/56 + (FR_MgO − FR_MgO,nc) × 44/40]");
        trace.Inputs.Should().ContainEquivalentOf(new TraceInput("Q", 1_000_000, "t", InputOrigin.Project, "/activities/0/amount"));
        trace.Inputs.Should().Contain(i => i.Name == "FR_CaO" && Math.Abs(i.Value - 0.65) < 1e-15 && i.Unit == "1"
            && i.Origin == InputOrigin.Project && i.Path == "/activities/0/parameters/caoFraction");
        trace.Inputs.Should().Contain(i => i.Name == "FR_CaO,nc" && Math.Abs(i.Value - 0.01) < 1e-15 && i.Path == "/activities/0/parameters/nonCarbonateCaoFraction");
        trace.Inputs.Should().Contain(i => i.Name == "FR_MgO" && Math.Abs(i.Value - 0.02) < 1e-15);
        trace.Inputs.Should().Contain(i => i.Name == "FR_MgO,nc" && Math.Abs(i.Value - 0.001) < 1e-15);
        trace.Inputs.Should().Contain(i => i.Name == "44/56" && i.Origin == InputOrigin.Constant && i.Value == 44.0 / 56.0);
        trace.Inputs.Should().Contain(i => i.Name == "44/40" && i.Origin == InputOrigin.Constant && i.Value == 1.1);
        trace.Inputs.Should().Contain(i => i.Name == "EF" && i.Origin == InputOrigin.Derived && Math.Abs(i.Value - ExactEf) < 1e-15);
        trace.Factors.Should().BeEmpty("the clinker method uses only project inputs and exact constants");
        trace.Note!.En.Should().Contain("2013");
    }

    [Fact]
    public void Kiln_head_and_bypass_dust_are_counted_at_the_clinker_factor_with_an_unconfirmed_warning()
    {
        var result = Calc.Run(Vector().Q("kilnHeadDust", "5000 t").Q("bypassDust", "2000 t"));

        // Dust at the clinker factor (ghg-methods.md §6.2 [D], dust treatment UNCONFIRMED):
        // 5 000 t × 0.5237571… = 2 618.7857… t; 2 000 t × 0.5237571… = 1 047.5143… t;
        // total 1 007 000 t × 0.5237571… = 527 423.442857… t CO2, printed as 527 423.4 t in §6.2.
        result.Emissions.Should().HaveCount(3);
        result.Emissions.Single(e => e.Label?.En == "kiln-head dust").Tonnes.Should().BeApproximately(5_000 * ExactEf, 1e-9 * 2_618.79);
        result.Emissions.Single(e => e.Label?.En == "bypass dust").Tonnes.Should().BeApproximately(2_000 * ExactEf, 1e-9 * 1_047.51);
        result.Total().Should().BeApproximately(527_423.4, 0.05, "ghg-methods.md §6.2 prints one decimal");
        result.Total().Should().BeApproximately(1_007_000 * ExactEf, 1e-9 * 527_423.44);
        var warning = result.Single("CB7109");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Path.Should().Be("/activities/0/parameters/kilnHeadDust");
        warning.Message.En.Should().Contain("UNCONFIRMED");
        result.Emissions.Where(e => e.Label?.En != "clinker").Should().OnlyContain(e => e.Trace.Note!.En.Contains("UNCONFIRMED"));
        result.Emissions.Single(e => e.Label?.En == "bypass dust").Trace.Inputs.Should()
            .Contain(i => i.Name == "Q_bypass-dust" && i.Value == 2000 && i.Path == "/activities/0/parameters/bypassDust");
    }

    [Fact]
    public void Only_bypass_dust_blames_the_bypass_path()
    {
        var result = Calc.Run(Vector().Q("bypassDust", "2000 t"));

        // 1 002 000 t × 0.5237571… = 524 804.657142… t CO2.
        result.Total().Should().BeApproximately(524_804.657142857, 1e-9 * 524_804.66);
        result.Single("CB7109").Path.Should().Be("/activities/0/parameters/bypassDust");
    }

    [Fact]
    public void Missing_cao_is_an_error_naming_the_parameter()
    {
        var result = Calc.Run(Line.Of("cement.clinker", "1000000 t").Q("mgoFraction", "2 %"));

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7103");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Path.Should().Be("/activities/0/parameters/caoFraction");
        error.Message.Zh.Should().Contain("CaO");
        error.Message.En.Should().Contain("ipcc-tier1");
    }

    [Fact]
    public void Missing_mgo_is_an_error_because_the_formula_has_an_mgo_term()
    {
        var result = Calc.Run(Line.Of("cement.clinker", "1000000 t").Q("caoFraction", "65 %"));

        result.Emissions.Should().BeEmpty();
        result.Single("CB7103").Path.Should().Be("/activities/0/parameters/mgoFraction");
    }

    [Fact]
    public void Missing_non_carbonate_parts_are_taken_as_zero_with_a_warning_each()
    {
        var result = Calc.Run(Line.Of("cement.clinker", "1000000 t").Q("caoFraction", "65 %").Q("mgoFraction", "2 %"));

        // 1 000 000 × (0.65 × 44/56 + 0.02 × 1.1) = 1 000 000 × (0.5107142857… + 0.022) = 532 714.2857… t CO2.
        result.Total().Should().BeApproximately(532_714.285714286, 1e-9 * 532_714.285714286);
        result.Diagnostics.Where(d => d.Code == "CB7120").Select(d => d.Path).Should().BeEquivalentTo(
            "/activities/0/parameters/nonCarbonateCaoFraction", "/activities/0/parameters/nonCarbonateMgoFraction");
        result.Emissions[0].Trace.Note!.En.Should().Contain("FR_CaO,nc not given");
        result.Emissions[0].Trace.Inputs.Should().Contain(i => i.Name == "FR_CaO,nc" && i.Value == 0 && i.Origin == InputOrigin.Derived);
    }

    [Theory]
    [InlineData("caoFraction", "165 %")]
    [InlineData("caoFraction", "-1 %")]
    [InlineData("mgoFraction", "1.5")]
    [InlineData("nonCarbonateCaoFraction", "101 %")]
    public void Fractions_out_of_range_are_errors(string name, string value)
    {
        var line = Vector();
        line = value.EndsWith('%') ? line.Q(name, value) : line.N(name, double.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var result = Calc.Run(line);

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7105");
        error.Path.Should().Be("/activities/0/parameters/" + name);
        error.Message.En.Should().Contain("100 %");
    }

    [Fact]
    public void Non_carbonate_part_larger_than_the_total_is_an_error()
    {
        var result = Calc.Run(Vector().Q("nonCarbonateMgoFraction", "3 %"));

        result.Emissions.Should().BeEmpty();
        result.Single("CB7106").Path.Should().Be("/activities/0/parameters/nonCarbonateMgoFraction");
    }

    [Fact]
    public void A_fraction_with_a_dimension_is_an_error()
    {
        var result = Calc.Run(Vector().Q("caoFraction", "65 t"));

        result.Emissions.Should().BeEmpty();
        result.Single("CB7104").Path.Should().Be("/activities/0/parameters/caoFraction");
    }

    [Fact]
    public void A_plain_number_fraction_is_accepted()
    {
        var result = Calc.Run(Vector().N("caoFraction", 0.65));

        // Same as the ghg-methods.md §6.2 vector: 523 757.1 t CO2.
        result.Total().Should().BeApproximately(ExactE, 1e-9 * ExactE);
    }

    [Fact]
    public void A_clinker_amount_in_kwh_is_a_dimension_error()
    {
        var line = Vector();
        var input = line.Build() with { Amount = Sdk.Units.Quantity.Parse("1000000 kWh"), AmountText = "1000000 kWh" };

        var result = Calc.Run(input);

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7101");
        error.Path.Should().Be("/activities/0/amount");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_negative_amount_is_an_error()
    {
        var result = Calc.Run(Vector().Build() with { Amount = new Sdk.Units.Quantity(-5, Sdk.Units.Dimension.OfMass) });

        result.Single("CB7102").Path.Should().Be("/activities/0/amount");
    }

    [Fact]
    public void Parameters_of_other_methodologies_are_reported_not_ignored()
    {
        var result = Calc.Run(Vector().Q("ckdLost", "20000 t").N("ckdCorrectionFactor", 1.02));

        // Still the §6.2 vector (523 757.1 t): the IPCC CKD inputs do not enter the 2013 method.
        result.Total().Should().BeApproximately(ExactE, 1e-9 * ExactE);
        result.Diagnostics.Where(d => d.Code == "CB7108").Select(d => d.Path).Should().Equal(
            "/activities/0/parameters/ckdCorrectionFactor", "/activities/0/parameters/ckdLost");
        result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Mee_2024_computes_the_2013_structure_and_says_its_equations_are_unconfirmed()
    {
        var result = Calc.Run(Vector(), "mee-2024");

        // Same structure as china-2013: 523 757.1 t CO2 (ghg-methods.md §1.4: implement §1.2/§1.3 as a baseline).
        result.Methodology.Should().Be("mee-2024");
        result.Total().Should().BeApproximately(ExactE, 1e-9 * ExactE);
        var warning = result.Single("CB7111");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Path.Should().Be("/options/methods/cement");
        result.Emissions[0].Trace.Note!.En.Should().Contain("UNCONFIRMED");
    }

    [Fact]
    public void An_unknown_methodology_is_an_error_at_the_options_path()
    {
        var result = Calc.Run(Vector(), "ipcc-tier4");

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7107");
        error.Path.Should().Be("/options/methods/cement");
        error.Message.En.Should().Contain("ipcc-tier4");
    }

    [Fact]
    public void All_problems_of_a_line_are_reported_together()
    {
        var result = Calc.Run(Line.Of("cement.clinker", "1000000 t").Q("caoFraction", "165 %").C("kilnType", "rotary"));

        // CaO out of range, MgO missing and an unknown kiln type: three errors in one pass, no emissions.
        result.Emissions.Should().BeEmpty();
        result.Facts.Should().BeEmpty();
        result.Codes().Should().Contain(["CB7105", "CB7103", "CB7104"]);
    }
}
