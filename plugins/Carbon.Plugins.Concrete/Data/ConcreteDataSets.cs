using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Concrete.Data;

/// <summary>The data sets the plugin ships as embedded JSON (Data/*.json).</summary>
internal static class ConcreteDataSets
{
    /// <summary>GB 36888-2018 levels (benchmarks only).</summary>
    public const string Gb36888ResourceName = "Carbon.Plugins.Concrete.Data.gb36888-2018.json";

    /// <summary>GB/T 51366-2019 material factors.</summary>
    public const string Gbt51366ResourceName = "Carbon.Plugins.Concrete.Data.gbt51366-2019.json";

    /// <summary>Reads both data sets. Shipped data that does not read is a defect of the plugin, so this throws.</summary>
    /// <returns>The data sets, GB 36888 first.</returns>
    /// <exception cref="InvalidDataException">A shipped data set is missing or invalid.</exception>
    public static ImmutableArray<DataSet> Load()
    {
        var assembly = typeof(ConcreteDataSets).Assembly;
        return
        [
            DataSetReader.ReadEmbedded(assembly, Gb36888ResourceName),
            DataSetReader.ReadEmbedded(assembly, Gbt51366ResourceName),
        ];
    }
}
