using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>A test-only calculation context.</summary>
internal sealed class FakeCalculationContext(IFactorResolver factors, string? method = null, DateOnly? asOf = null, int reportingYear = 2025) : ICalculationContext
{
    public IFactorResolver Factors { get; } = factors;

    public int ReportingYear { get; } = reportingYear;

    public DateOnly AsOf { get; } = asOf ?? new DateOnly(2025, 10, 1);

    public string? MethodFor(string pluginId) => pluginId == LivestockPlugin.PluginId ? method : null;
}
