using System.Collections.Immutable;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>
/// A calculation context over the concrete plugin's data: the conformance kit's <see cref="PluginCalculationContext"/>,
/// which resolves factors by the engine's documented rule. Reporting year 2025.
/// </summary>
internal static class TestCalculationContext
{
    /// <summary>A context over the plugin's data sets, with optional project overrides and methodologies.</summary>
    public static ICalculationContext ForPlugin(ConcretePlugin plugin, IEnumerable<FactorRecord>? overrides = null, ImmutableDictionary<string, string>? methods = null) =>
        new PluginCalculationContext(plugin.DataSets, 2025, methods, overrides);

    /// <summary>A context with no data at all.</summary>
    public static ICalculationContext Empty() => new PluginCalculationContext([]);
}
