using System.Collections.Immutable;
using System.Reflection;
using Carbon.Energy;
using Carbon.Sdk.Factors;

namespace Carbon.Data;

/// <summary>The data embedded in Carbon.Core: the carrier catalogue and the core data sets. Loaded once per engine.</summary>
internal sealed class CoreData
{
    /// <summary>The embedded data sets, in load order.</summary>
    internal static readonly string[] DataSetResources =
    [
        "Carbon.Data.gbt2589.json",
        "Carbon.Data.fuel-parameters.json",
        "Carbon.Data.grid-factors.json",
        "Carbon.Data.heat-factors.json",
        "Carbon.Data.gwp.json",
    ];

    private CoreData(CarrierCatalog carriers, ImmutableArray<DataSet> dataSets)
    {
        Carriers = carriers;
        DataSets = dataSets;
    }

    public CarrierCatalog Carriers { get; }

    public ImmutableArray<DataSet> DataSets { get; }

    /// <summary>Loads the embedded data. A failure here is a defect of the shipped data, so it throws.</summary>
    public static CoreData Load()
    {
        var assembly = typeof(CoreData).Assembly;
        var sets = DataSetResources.Select(name => DataSetReader.ReadEmbedded(assembly, name)).ToImmutableArray();
        return new CoreData(CarrierCatalog.Read(ReadResource(assembly, "Carbon.Data.carriers.json")), sets);
    }

    internal static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Embedded resource '{name}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
