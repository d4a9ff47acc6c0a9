using System.Collections.Immutable;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>Runs the ready-mix calculator of a plugin over the plugin's own data.</summary>
internal static class Run
{
    public static ActivityResult ReadyMix(
        ActivityInput input,
        ConcretePlugin? plugin = null,
        IEnumerable<FactorRecord>? overrides = null,
        ImmutableDictionary<string, string>? methods = null)
    {
        plugin ??= new ConcretePlugin();
        var calculator = plugin.GetCalculator("concrete.ready-mix")!;
        return calculator.Calculate(input, TestCalculationContext.ForPlugin(plugin, overrides, methods));
    }
}
