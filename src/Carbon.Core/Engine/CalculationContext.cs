using System.Collections.Immutable;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Engine;

/// <summary>The <see cref="ICalculationContext"/> of one assessment.</summary>
internal sealed class CalculationContext(IFactorResolver factors, int reportingYear, DateOnly asOf, ImmutableDictionary<string, string> methods) : ICalculationContext
{
    public IFactorResolver Factors { get; } = factors;

    public int ReportingYear { get; } = reportingYear;

    public DateOnly AsOf { get; } = asOf;

    public string? MethodFor(string pluginId) => methods.TryGetValue(pluginId, out var m) ? m : null;
}
