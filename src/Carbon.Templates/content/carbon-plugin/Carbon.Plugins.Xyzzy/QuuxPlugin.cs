using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Xyzzy;

/// <summary>
/// The quux sector plugin. Metadata, activity kinds and data are immutable; calculators are pure and thread-safe.
/// </summary>
public sealed class QuuxPlugin : ISectorPlugin
{
    /// <summary>The plugin id: the prefix of its activity kinds, products and facts.</summary>
    public const string Id = "quux";

    /// <summary>The methodology the plugin implements.</summary>
    public const string Method = "emission-factor";

    private readonly QuuxProductionCalculator _production = new();

    /// <summary>Creates the plugin with its defaults (hosts loading a plugins folder use this constructor).</summary>
    public QuuxPlugin()
    {
        DataSets = [DataSetReader.ReadEmbedded(typeof(QuuxPlugin).Assembly, "Carbon.Plugins.Xyzzy.Data.quux.json")];
    }

    /// <inheritdoc />
    public PluginMetadata Metadata { get; } = new()
    {
        Id = Id,
        Version = "0.1.0",
        Name = new LocalizedText("Quux（请改为行业中文名）", "Quux"),
        SdkRange = "[0.2,0.3)",
        DefaultMethodology = Method,
        Methodologies =
        [
            new MethodologyInfo
            {
                Id = Method,
                Name = new LocalizedText("产量 × 排放因子", "Output × emission factor"),
                Guideline = "Name the guideline, its clause and its number here",
                Edition = "Name its edition here",
                Status = DataStatus.Unconfirmed,
            },
        ],
    };

    /// <inheritdoc />
    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } =
    [
        new ActivityKindDescriptor
        {
            Kind = QuuxProductionCalculator.Kind,
            Name = new LocalizedText("产品产量", "Product output"),
            Description = new LocalizedText(
                "本期产品产量。过程排放 CO2 = 产量 × 排放因子；排放因子取数据集中有来源的记录，或由项目给出。",
                "Product output in the period. Process CO2 = output × emission factor; the factor is a cited record of the data set, or given by the project."),
            AmountDimension = Dimension.OfMass,
            AmountUnit = "t",
            Parameters =
            [
                new ParameterDescriptor
                {
                    Name = QuuxProductionCalculator.EmissionFactor,
                    Type = ParameterType.Quantity,
                    Dimension = Dimension.None,
                    Unit = "tCO2/t",
                    Minimum = 0,
                    Description = new LocalizedText(
                        "实测或指南给出的排放因子（t CO2/t 产品），如 \"0.5 tCO2/t\"。",
                        "A measured or guideline emission factor (t CO2 per t of product), e.g. \"0.5 tCO2/t\"."),
                },
            ],
        },
    ];

    /// <inheritdoc />
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <inheritdoc />
    public IActivityCalculator? GetCalculator(string kind) => kind == QuuxProductionCalculator.Kind ? _production : null;
}
