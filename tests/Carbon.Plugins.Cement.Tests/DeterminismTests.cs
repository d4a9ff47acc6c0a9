using System.Globalization;
using System.Text.Json;
using Carbon.Plugins.Cement.Tests.Support;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>Same input and data → identical output under any current culture, and from many threads.</summary>
public class DeterminismTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private static IEnumerable<(ActivityInput Input, string Method)> Cases()
    {
        yield return (Line.Of("cement.clinker", "155万 t").Q("caoFraction", "64.5 %").Q("mgoFraction", "1.8 %").Q("kilnHeadDust", "3000 t")
            .Q("clinkerCapacity", "5000 t/d").C("kilnType", "new-dry-process")
            .J("capacityReplacement", """[{"province":"340000","catalogueClass":"restricted","capacity":"7500 t/d"}]"""), "china-2013");
        yield return (Line.Of("cement.clinker", "1,000,000 t").Q("caoFraction", "65.3 %").Q("ckdLost", "2.5万 t").Q("ckdCarbonateFraction", "47.5 %").Q("ckdCalcinationFraction", "93.1 %"), "ipcc-tier2");
        yield return (Line.Of("cement.clinker", "1000000 t").Q("caoFraction", "65 %"), "ipcc-tier1");
        yield return (Line.Of("cement.cement", "123456.789 t").Q("clinkerFraction", "73.3 %"), "ipcc-tier1");
        yield return (Line.Of("cement.raw-meal-carbon", "2356000 t").Q("nonFuelCarbonFraction", "0.17 %"), "mee-2024");
        yield return (Line.Of("cement.alternative-fuel", "12345.6 t").Q("heatingValue", "28.7 GJ/t").Q("emissionFactor", "0.0751 tCO2/GJ").Q("nonBiomassCarbonShare", "61.5 %"), "ipcc-tier3");
    }

    private static string RunAll() => string.Join("\n", Cases().Select(c => JsonSerializer.Serialize(Calc.Run(c.Input, c.Method), Json)));

    [Fact]
    public void Output_is_identical_under_zh_CN_de_DE_and_tr_TR()
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var reference = RunAll();
            reference.Should().Contain("0.52").And.Contain("ipcc-tier2");
            foreach (var name in new[] { "zh-CN", "de-DE", "tr-TR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                RunAll().Should().Be(reference, name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void Output_is_identical_from_many_threads()
    {
        var reference = RunAll();
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = RunAll());
        results.Should().OnlyContain(r => r == reference);
    }
}
