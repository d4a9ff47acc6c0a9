using System.Collections.Concurrent;
using System.Globalization;
using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Livestock.Tests.Determinism;

/// <summary>Same input and data give byte-identical results under any current culture and on any thread.</summary>
public class CultureDeterminismTests
{
    private static IEnumerable<(ActivityInput Input, string? Method)> Lines() =>
    [
        (HerdLineBuilder.Of("swine-market", "10000 head", "sold").Quantity("daysAlive", "180 d").Quantity("temperature", "20.5 °C")
            .Shares("manureSystems", ("solid-storage", 0.55), ("pit-storage", 0.3), ("uncovered-anaerobic-lagoon", 0.15)).Number("fracLeach", 0.05).Build(), LivestockMethods.IpccTier1),
        (HerdLineBuilder.Of("dairy-cattle", "1 234 head").Quantity("temperature", "28 °C")
            .Shares("manureSystems", ("liquid-slurry-without-crust", 0.5), ("solid-storage", 0.5)).Build(), LivestockMethods.IpccTier2),
        (HerdLineBuilder.Of("swine-market", "9999 head").Choice("region", "西南").Json("fracGasMs", "\"12.5 %\"").Build(), LivestockMethods.GbT32151Part22),
        (HerdLineBuilder.Of("sheep", "777 head").Choice("feedingMode", "grazing").Choice("region", "西北").Build(), LivestockMethods.ChinaProvincialInventory2011),
        (HerdLineBuilder.Of("horses", "12 head").Quantity("temperature", "14.5 °C").Bool("allowUnconfirmed", true).Shares("manureSystems", ("dry-lot", 1.0))
            .Quantity("typicalMass", "380.5 kg").Json("fracGasMs", "{\"dry-lot\": \"7.5 %\"}").Build(), LivestockMethods.IpccTier1),
        (HerdLineBuilder.Of("beef-cattle", "150 head", "sold").Quantity("daysAlive", "300 d").Text("scaleStandard", "five-livestock").Quantity("distanceToHomes", "1.5 km").Build(), null),
    ];

    private static string DumpAll() => string.Join("\n---\n", Lines().Select(l => ResultDump.Dump(Herds.Run(l.Input, l.Method))));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Results_do_not_depend_on_the_current_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string invariant;
        string other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = DumpAll();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            other = DumpAll();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        other.Should().Be(invariant);
        invariant.Should().Contain("diagnostic CB7413"); // the dump really covers messages with numbers in them
    }

    [Fact]
    public void Concurrent_calls_give_identical_results()
    {
        var expected = DumpAll();
        var seen = new ConcurrentBag<string>();
        Parallel.For(0, 32, _ => seen.Add(DumpAll()));
        seen.Should().OnlyContain(s => s == expected);
    }
}
