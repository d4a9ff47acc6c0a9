using System.Globalization;
using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>Same input and data → identical result under any current culture.</summary>
public sealed class DeterminismTests
{
    private static ActivityInput Input() => new LineBuilder("45万 m³")
        .Choice("strengthClass", "C30")
        .Number("mixingLines", 2)
        .Quantity("distanceToHomes", "420 m")
        .Quantity("dustEmission", "0.86 t/a")
        .Bool("inPark", true)
        .Json("embodied", """
            { "cementPerM3": "300 kg", "sandPerM3": "760 kg", "gypsumPerM3": "1.5 kg",
              "others": [ { "name": "碎石", "perM3": "1,050 kg", "factor": "2.5 kg CO2/t", "source": "Hypothetical test citation" } ] }
            """)
        .Build();

    [Fact]
    public void Results_are_identical_under_zh_CN_de_DE_and_tr_TR()
    {
        var invariant = Under(CultureInfo.InvariantCulture);
        invariant.Should().Contain("2.51", "the [S] sand factor is quoted in an info message");
        foreach (var name in new[] { "zh-CN", "de-DE", "tr-TR" })
        {
            Under(CultureInfo.GetCultureInfo(name)).Should().Be(invariant, name);
        }
    }

    [Fact]
    public void Messages_format_numbers_invariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var result = Run.ReadyMix(Input());
            var info = result.Diagnostics.Single(d => d.Code == "CB7325" && d.Path.EndsWith("sandPerM3", StringComparison.Ordinal));
            info.Message.En.Should().Contain("= 2.51 kg CO2e/t").And.NotContain("2,51");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string Under(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return ResultText.Of(Run.ReadyMix(Input()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
