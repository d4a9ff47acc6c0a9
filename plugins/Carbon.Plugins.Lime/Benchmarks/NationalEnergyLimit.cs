using Carbon.Plugins.Lime.Diagnostics;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Facts;

namespace Carbon.Plugins.Lime.Benchmarks;

/// <summary>
/// The empty benchmark slot of the lime plugin. No national lime energy-consumption limit standard
/// (石灰单位产品能源消耗限额) is confirmed (energy.md §5.1), and whether the 标杆/基准 lists cover lime is
/// UNCONFIRMED (energy.md §3), so the shipped data set has no benchmark table. While it has none, every process
/// line says so, as the fact <c>lime.national-energy-limit = none-confirmed</c> and the notice CB7240, so that a
/// report states it instead of staying silent or inventing a limit. A data set that one day carries a cited lime
/// table silences both.
/// </summary>
internal static class NationalEnergyLimit
{
    /// <summary>The fact key.</summary>
    public const string FactKey = "lime.national-energy-limit";

    /// <summary>The fact value while no table is confirmed.</summary>
    public const string NoneConfirmed = "none-confirmed";

    /// <summary>The product id of quicklime in a project's <c>products[]</c>.</summary>
    public const string QuicklimeProduct = "lime.quicklime";

    /// <summary>Whether a data set carries a benchmark table with an indicator for a lime product.</summary>
    public static bool HasTableFor(DataSet dataSet)
    {
        foreach (var table in dataSet.Benchmarks)
        {
            foreach (var indicator in table.Indicators)
            {
                if (indicator.Product.StartsWith("lime.", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The fact stating that no national limit is confirmed.</summary>
    public static Fact Fact() => new(FactKey, FactValue.Of(NoneConfirmed));

    /// <summary>The notice stating it in words.</summary>
    public static Diagnostic Notice(string linePath) => LimeDiagnostics.NoNationalEnergyLimit(linePath);
}
