using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Concrete;

/// <summary>Who the concrete plugin is: id, version, SDK range and the methodologies it implements, with their status.</summary>
internal static class ConcreteMetadata
{
    /// <summary>The plugin id, also the prefix of its kinds, products, facts and indicators.</summary>
    public const string PluginId = "concrete";

    /// <summary>
    /// GB 36888-2018: unit energy per stage (production, transport) compared with its levels; the operational
    /// emissions come from the core's energy accounting. The only choice <c>options.methods.concrete</c> accepts.
    /// </summary>
    public const string Gb36888 = "gb36888-2018";

    /// <summary>GB/T 51366-2019 material factors: the embodied product footprint, requested per line with <c>embodied</c>.</summary>
    public const string Gbt51366 = "gbt51366-2019";

    /// <summary>The metadata.</summary>
    public static PluginMetadata Value { get; } = new()
    {
        Id = PluginId,
        Version = "0.2.0",
        Name = new LocalizedText("预拌混凝土（搅拌站）", "Ready-mixed concrete (mixing stations)"),
        SdkRange = "[0.2,0.3)",
        DefaultMethodology = Gb36888,
        Methodologies =
        [
            new MethodologyInfo
            {
                Id = Gb36888,
                Name = new LocalizedText(
                    "预拌混凝土单位产品能耗（生产、运输分阶段）与搅拌站运营排放（范围一、二）",
                    "Ready-mix unit energy by stage (production, transport) and the station's operational emissions (scope 1 and 2)"),
                Guideline = "GB 36888-2018 《预拌混凝土单位产品能源消耗限额》, Clause 4, Table 1",
                Edition = "2018 (published 2018-11-19)",
                EffectiveFrom = new DateOnly(2019, 12, 1),
                Status = DataStatus.SingleSource,
            },
            new MethodologyInfo
            {
                Id = Gbt51366,
                Name = new LocalizedText(
                    "预拌混凝土产品碳足迹（从摇篮到大门，材料隐含碳）",
                    "Ready-mix product carbon footprint (cradle-to-gate, embodied in materials)"),
                Guideline = "GB/T 51366-2019 《建筑碳排放计算标准》, building-material carbon emission factor appendix",
                Edition = "2019 (issued 2019-04-09)",
                EffectiveFrom = new DateOnly(2019, 12, 1),
                Status = DataStatus.Confirmed,
            },
        ],
    };
}
