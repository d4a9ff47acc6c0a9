using System.Globalization;

namespace Carbon.Reporting.Tests;

/// <summary>GB/T 8170-2008 §3.3 数值修约规则: 四舍六入五成双, applied to the decimal value of the number.</summary>
public class Gbt8170Tests
{
    [Theory]
    // Exactly half: the kept digit is made even. 2.675 → kept digit 7 is odd → up to 2.68 (decimal 2.675, not its binary neighbour 2.67499…).
    [InlineData(2.675, 2, "2.68")]
    // 2.665 → kept digit 6 is even → stays 2.66.
    [InlineData(2.665, 2, "2.66")]
    // 1.2350 → kept digit 3 odd → 1.24; 1.2450 → kept digit 4 even → 1.24.
    [InlineData(1.2350, 2, "1.24")]
    [InlineData(1.2450, 2, "1.24")]
    // Above half rounds up, below half rounds down (GB/T 8170 §3.3.1, §3.3.2).
    [InlineData(1.2451, 2, "1.25")]
    [InlineData(1.2349, 2, "1.23")]
    // 0.005 → kept digit 0 is even → 0.00; 0.015 → 1 odd → 0.02; 0.025 → 2 even → 0.02.
    [InlineData(0.005, 2, "0.00")]
    [InlineData(0.015, 2, "0.02")]
    [InlineData(0.025, 2, "0.02")]
    // Whole numbers: 12.5 → 12, 13.5 → 14.
    [InlineData(12.5, 0, "12")]
    [InlineData(13.5, 0, "14")]
    // Negative numbers are rounded by their absolute value and keep the sign (GB/T 8170 §3.3.5).
    [InlineData(-2.675, 2, "-2.68")]
    [InlineData(-2.665, 2, "-2.66")]
    [InlineData(-1.2451, 2, "-1.25")]
    // A negative number that rounds to zero prints without a minus sign.
    [InlineData(-0.001, 2, "0.00")]
    [InlineData(-0.004999, 2, "0.00")]
    [InlineData(-0.5, 0, "0")]
    [InlineData(-0.0, 2, "0.00")]
    // Thousands separators, invariant: 210 000 t × 0.7143 kgce/kg = 150 003 tce.
    [InlineData(150003, 2, "150,003.00")]
    [InlineData(1234567.891, 2, "1,234,567.89")]
    [InlineData(-1234567.895, 2, "-1,234,567.90")]
    // Intensities to 4 decimals: 1 235 225.668860419 t ÷ 1 550 000 t = 0.79691978… → 0.7969.
    [InlineData(0.7969197863615606, 4, "0.7969")]
    [InlineData(0.00005, 4, "0.0000")]
    [InlineData(0.00015, 4, "0.0002")]
    public void Format_rounds_half_to_even(double value, int decimals, string expected) =>
        Gbt8170.Format(value, decimals).Should().Be(expected);

    [Fact]
    public void Round_returns_the_decimal_value()
    {
        Gbt8170.Round(2.675, 2).Should().Be(2.68m);
        Gbt8170.Round(2.665, 2).Should().Be(2.66m);
        Gbt8170.Round(-2.675, 2).Should().Be(-2.68m);
        Gbt8170.Round(156175.91999999998, 2).Should().Be(156175.92m);
    }

    [Theory]
    // 0.12345 → 12.345 % exactly half → kept digit 4 even → 12.34 % (binary 0.12345 × 100 would give 12.344999… or 12.345000…1).
    [InlineData(0.12345, 2, "12.34%")]
    [InlineData(0.12355, 2, "12.36%")]
    // Fossil share of the cement sample: 151 751.52 ÷ 156 175.92 = 0.97167… → 97.2 %.
    [InlineData(0.9716704086007624, 1, "97.2%")]
    // 0.0005 → 0.05 % → kept 0 even → 0.0 %; 0.0015 → 0.15 % → kept 1 odd → 0.2 %.
    [InlineData(0.0005, 1, "0.0%")]
    [InlineData(0.0015, 1, "0.2%")]
    [InlineData(-0.0001, 1, "0.0%")]
    [InlineData(-0.25, 1, "-25.0%")]
    [InlineData(12.5, 0, "1,250%")]
    public void FormatPercent_scales_on_the_decimal_value(double fraction, int decimals, string expected) =>
        Gbt8170.FormatPercent(fraction, decimals).Should().Be(expected);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_rejected(double value)
    {
        FluentActions.Invoking(() => Gbt8170.Format(value, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gbt8170.FormatPercent(value, 1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Decimals_outside_0_to_10_are_rejected(int decimals)
    {
        FluentActions.Invoking(() => Gbt8170.Round(1, decimals)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gbt8170.FormatPercent(1, decimals)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    [InlineData("fr-FR")]
    public void Formatting_ignores_the_current_culture(string culture) =>
        Samples.InCulture(culture, () => (Gbt8170.Format(1234567.125, 2), Gbt8170.FormatPercent(0.5, 1)))
            .Should().Be(("1,234,567.12", "50.0%"));

    [Fact]
    public void Format_is_invariant_even_for_huge_values() =>
        Gbt8170.Format(1.5e20, 2).Should().Be(150000000000000000000m.ToString("N2", CultureInfo.InvariantCulture));
}
