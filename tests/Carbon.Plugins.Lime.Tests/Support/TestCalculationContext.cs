using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Lime.Tests.Support;

/// <summary>
/// A calculation context over the lime data set: the conformance kit's <see cref="PluginCalculationContext"/>, which
/// resolves factors by the engine's documented rule, so tests exercise the semantics the engine has.
/// </summary>
internal static class TestCalculationContext
{
    /// <summary>A context over <paramref name="dataSet"/> (reporting year 2025), with an optional lime methodology and project overrides.</summary>
    public static ICalculationContext Over(DataSet dataSet, string? method = null, IEnumerable<FactorRecord>? overrides = null) =>
        new PluginCalculationContext([dataSet], 2025, method is null ? null : new Dictionary<string, string> { ["lime"] = method }, overrides);

    /// <summary>A context with no data at all (to test what a calculator does when a default is missing).</summary>
    public static ICalculationContext Empty() => new PluginCalculationContext([]);
}
