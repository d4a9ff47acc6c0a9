using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Cement.Tests.Support;

/// <summary>
/// A calculation context over the cement data set: the conformance kit's <see cref="PluginCalculationContext"/>, which
/// resolves factors by the engine's documented rule, so tests exercise the semantics the engine has. Reporting year 2026.
/// </summary>
internal static class TestCalculationContext
{
    /// <summary>A context over <paramref name="dataSet"/> (none: no data at all), with an optional cement methodology and project overrides.</summary>
    public static ICalculationContext Over(DataSet? dataSet, string? method = null, IEnumerable<FactorRecord>? overrides = null) =>
        new PluginCalculationContext(dataSet is null ? [] : [dataSet], 2026, method is null ? null : new Dictionary<string, string> { ["cement"] = method }, overrides);
}
