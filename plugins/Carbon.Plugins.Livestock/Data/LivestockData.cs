using System.Collections.Immutable;
using System.Reflection;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Data;

/// <summary>The plugin's embedded data sets and what is derived from them once (the temperature-row index).</summary>
internal sealed class LivestockData
{
    private const string ResourcePrefix = "Carbon.Plugins.Livestock.Data.";

    /// <summary>The embedded data-set files, in load order.</summary>
    internal static readonly ImmutableArray<string> Files =
    [
        "ipcc-2006.json",
        "gbt-32151.22-2024.json",
        "china-provincial-inventory-2011.json",
        "gb-18596-2001.json",
        "scale-first-pollution-census.json",
        "scale-five-livestock.json",
        "scale-moa-2025.json",
        "scale-sichuan-2017.json",
    ];

    private const string ScaleSetPrefix = "livestock.scale.";

    // Built on first use: a host assessing no herd (a cement project in the console) never pays for the index.
    // Building it cannot fail (rows that do not parse are simply not temperature rows), so nothing that was reported
    // at construction moves to the first calculation.
    private readonly Lazy<TemperatureRowIndex> _temperatures;

    private LivestockData(ImmutableArray<DataSet> sets)
    {
        Sets = sets;
        _temperatures = new(() => TemperatureRowIndex.Build(sets), LazyThreadSafetyMode.ExecutionAndPublication);
        ScaleStandards = [.. sets.Where(s => s.Id.StartsWith(ScaleSetPrefix, StringComparison.Ordinal)).Select(s => s.Id[ScaleSetPrefix.Length..])];
    }

    /// <summary>The data sets.</summary>
    public ImmutableArray<DataSet> Sets { get; }

    /// <summary>The temperature rows of the temperature-indexed tables.</summary>
    public TemperatureRowIndex Temperatures => _temperatures.Value;

    /// <summary>The ids of the shipped scale-threshold sets (e.g. <c>moa-2025</c>).</summary>
    public ImmutableArray<string> ScaleStandards { get; }

    /// <summary>Loads the embedded data sets. A set that does not read is a defect of the plugin and throws.</summary>
    /// <returns>The data.</returns>
    /// <exception cref="InvalidDataException">An embedded set is missing or invalid.</exception>
    public static LivestockData Load()
    {
        var assembly = typeof(LivestockData).GetTypeInfo().Assembly;
        return new LivestockData([.. Files.Select(f => DataSetReader.ReadEmbedded(assembly, ResourcePrefix + f))]);
    }
}
