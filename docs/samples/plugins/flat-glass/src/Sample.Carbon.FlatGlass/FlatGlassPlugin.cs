using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Sample.Carbon.FlatGlass.Activities;

namespace Sample.Carbon.FlatGlass;

/// <summary>
/// A sample third-party plugin for flat glass (平板玻璃): process CO2 from the carbonate raw materials of the batch
/// (soda ash, dolomite, limestone), the melting furnace's capacity as a fact, and the GB 21340-2019 tempered-glass
/// electricity levels as a benchmark table. Immutable and thread-safe.
/// </summary>
public sealed class FlatGlassPlugin : ISectorPlugin
{
    /// <summary>The plugin id, the prefix of its kinds and facts.</summary>
    public const string Id = "flat-glass";

    /// <summary>The only methodology: carbonate stoichiometry.</summary>
    public const string CarbonateMethod = "carbonate-stoichiometry";

    private const string DataResource = "Sample.Carbon.FlatGlass.Data.flat-glass.json";

    private readonly CarbonateInputCalculator _carbonateInput = new();
    private readonly MeltingFurnaceCalculator _furnace = new();

    /// <summary>Creates the plugin over its embedded data.</summary>
    public FlatGlassPlugin()
    {
        DataSets = [DataSetReader.ReadEmbedded(typeof(FlatGlassPlugin).Assembly, DataResource)];
    }

    /// <inheritdoc />
    public PluginMetadata Metadata { get; } = new()
    {
        Id = Id,
        Version = "0.1.0",
        Name = new LocalizedText("平板玻璃（示例插件）", "Flat glass (sample plugin)"),
        SdkRange = "[0.2,0.3)",
        DefaultMethodology = CarbonateMethod,
        Methodologies =
        [
            new MethodologyInfo
            {
                Id = CarbonateMethod,
                Name = new LocalizedText("原料碳酸盐分解（化学计量法）", "Decomposition of carbonate raw materials (stoichiometry)"),
                Guideline = "IPCC 2006 Guidelines, Vol. 3 Ch. 2: carbonate emission factors of Table 2.1 applied to each carbonate input (the structure of the first term of Eq. 2.3)",
                Edition = "2006",
                Status = DataStatus.SingleSource,
            },
        ],
    };

    /// <inheritdoc />
    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } = [CarbonateInputKind.Descriptor, MeltingFurnaceKind.Descriptor];

    /// <inheritdoc />
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <inheritdoc />
    public IActivityCalculator? GetCalculator(string kind) => kind switch
    {
        CarbonateInputKind.Kind => _carbonateInput,
        MeltingFurnaceKind.Kind => _furnace,
        _ => null,
    };
}
