using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>
/// A calculation context over the livestock data: the conformance kit's <see cref="PluginCalculationContext"/>, which
/// resolves factors by the engine's documented rule, so tests exercise the semantics the engine has. Reporting year
/// 2025; validity judged on 2025-10-01 unless a test names another review date.
/// </summary>
internal static class TestCalculationContext
{
    /// <summary>The review date the tests assume when they name none.</summary>
    public static readonly DateOnly DefaultAsOf = new(2025, 10, 1);

    /// <summary>A context over the plugin's data sets, with an optional livestock methodology, review date and project overrides.</summary>
    public static ICalculationContext For(ISectorPlugin plugin, string? method = null, DateOnly? asOf = null, IEnumerable<FactorRecord>? overrides = null) =>
        new PluginCalculationContext(
            plugin.DataSets,
            2025,
            method is null ? null : new Dictionary<string, string> { [LivestockPlugin.PluginId] = method },
            overrides,
            asOf ?? DefaultAsOf);
}
