using System.Collections.Immutable;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>A test-only calculation context: the plugin's data sets (plus overrides) and a fixed date.</summary>
internal sealed class TestCalculationContext(IFactorResolver factors, ImmutableDictionary<string, string>? methods = null) : ICalculationContext
{
    public IFactorResolver Factors { get; } = factors;

    public int ReportingYear => 2025;

    public DateOnly AsOf => new(2025, 10, 15);

    public string? MethodFor(string pluginId) => methods is not null && methods.TryGetValue(pluginId, out var m) ? m : null;

    /// <summary>A context over the concrete plugin's shipped data.</summary>
    public static TestCalculationContext ForPlugin(ConcretePlugin plugin, IEnumerable<FactorRecord>? overrides = null, ImmutableDictionary<string, string>? methods = null) =>
        new(new TestFactorResolver(plugin.DataSets, overrides), methods);
}
