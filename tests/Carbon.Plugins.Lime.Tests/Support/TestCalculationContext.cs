using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Support;

/// <summary>A test-only calculation context over the lime data set, with an optional lime method choice.</summary>
internal sealed class TestCalculationContext(IFactorResolver factors, string? limeMethod = null) : ICalculationContext
{
    public IFactorResolver Factors { get; } = factors;

    public int ReportingYear => 2025;

    public DateOnly AsOf => new(2025, 1, 1);

    public string? MethodFor(string pluginId) => pluginId == "lime" ? limeMethod : null;

    /// <summary>A context over the shipped lime data set.</summary>
    public static TestCalculationContext Over(DataSet dataSet, string? method = null, IEnumerable<FactorRecord>? overrides = null) =>
        new(new TestFactorResolver(dataSet.Records, overrides), method);
}
