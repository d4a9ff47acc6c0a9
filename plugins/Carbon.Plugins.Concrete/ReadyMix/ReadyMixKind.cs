using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.ReadyMix;

/// <summary>
/// The activity kind <c>concrete.ready-mix</c> (预拌混凝土生产): one line of output, optionally of one strength
/// class, with the station's facts and, when asked, the embodied product footprint.
/// </summary>
internal static class ReadyMixKind
{
    /// <summary>The kind id.</summary>
    public const string Id = "concrete.ready-mix";

    /// <summary>Parameter names (members of <c>parameters</c>).</summary>
    public static class Parameters
    {
        /// <summary>Strength class C15…C80.</summary>
        public const string StrengthClass = "strengthClass";

        /// <summary>Number of mixing lines.</summary>
        public const string MixingLines = "mixingLines";

        /// <summary>Enclosed storage.</summary>
        public const string EnclosedStorage = "enclosedStorage";

        /// <summary>Enclosed mixing building.</summary>
        public const string EnclosedMixing = "enclosedMixing";

        /// <summary>Dust collectors.</summary>
        public const string DustCollectors = "dustCollectors";

        /// <summary>Wash-water recycling.</summary>
        public const string WashWaterRecycling = "washWaterRecycling";

        /// <summary>Distance to the nearest homes.</summary>
        public const string DistanceToHomes = "distanceToHomes";

        /// <summary>Inside an industrial park.</summary>
        public const string InPark = "inPark";

        /// <summary>Upgrade of an existing station.</summary>
        public const string UpgradeOfExisting = "upgradeOfExisting";

        /// <summary>Particulate emission, t/a.</summary>
        public const string DustEmission = "dustEmission";

        /// <summary>measured | permitted.</summary>
        public const string DustEmissionBasis = "dustEmissionBasis";

        /// <summary>The embodied-footprint request (JSON).</summary>
        public const string Embodied = "embodied";
    }

    /// <summary>The descriptor.</summary>
    public static ActivityKindDescriptor Descriptor { get; } = new()
    {
        Kind = Id,
        Name = new LocalizedText("预拌混凝土生产（搅拌站）", "Ready-mixed concrete production (mixing station)"),
        Description = new LocalizedText(
            "一行产量（立方米，可按强度等级分行）及搅拌站的事实。搅拌无煅烧，故不产生过程排放；运营排放（范围一、二）由核心按 energy[] 计算，"
            + "并按 stage（production、transport）分别计算单位产品能耗，与 GB 36888-2018 等级比较。填写 embodied 时另报产品碳足迹（从摇篮到大门，"
            + "GB/T 51366-2019 材料因子），作为指标单列，绝不计入运营排放。",
            "One line of output (m³, one line per strength class if wished) with the station's facts. Mixing has no calcination, so the "
            + "line emits no process CO2; the operational emissions (scope 1 and 2) come from the project's energy[] lines, computed by the "
            + "core, which also gives the unit energy per stage (production, transport) for comparison with GB 36888-2018. With 'embodied' "
            + "the line also reports the cradle-to-gate product footprint (GB/T 51366-2019 material factors) as indicators that are never "
            + "added to the operational emissions."),
        AmountDimension = Dimension.OfVolume,
        AmountUnit = "m³",
        Parameters =
        [
            new ParameterDescriptor
            {
                Name = Parameters.StrengthClass,
                Type = ParameterType.Choice,
                AllowedValues = StrengthClasses.All,
                Description = new LocalizedText(
                    "混凝土强度等级（C15…C80）。按强度等级分行填写产量时使用；按强度等级计算产品碳足迹时必填。",
                    "Concrete strength class (C15…C80). Use it when output is given per class; required for the strength-class footprint."),
            },
            new ParameterDescriptor
            {
                Name = Parameters.MixingLines,
                Type = ParameterType.Number,
                Minimum = 1,
                Description = new LocalizedText(
                    "搅拌生产线数量（例如 2 条 HZS180）。事实 concrete.mixing-lines。",
                    "Number of mixing lines (e.g. 2 for 2 × HZS180). Fact concrete.mixing-lines."),
            },
            BooleanParameter(Parameters.EnclosedStorage, "原料（砂石、粉料）是否封闭储存。事实 concrete.enclosed-storage。", "Whether raw materials (aggregates, powders) are stored enclosed. Fact concrete.enclosed-storage."),
            BooleanParameter(Parameters.EnclosedMixing, "搅拌主楼及配料输送是否封闭。事实 concrete.enclosed-mixing。", "Whether the mixing building and batching/conveying are enclosed. Fact concrete.enclosed-mixing."),
            BooleanParameter(Parameters.DustCollectors, "粉料仓及搅拌机是否配备除尘器。事实 concrete.dust-collectors。", "Whether powder silos and mixers have dust collectors. Fact concrete.dust-collectors."),
            BooleanParameter(Parameters.WashWaterRecycling, "清洗废水及退回混凝土是否回收利用（砂石分离）。事实 concrete.wash-water-recycling。", "Whether wash water and returned concrete are recycled (sand-stone separation). Fact concrete.wash-water-recycling."),
            new ParameterDescriptor
            {
                Name = Parameters.DistanceToHomes,
                Type = ParameterType.Quantity,
                Dimension = Dimension.OfLength,
                Unit = "m",
                Minimum = 0,
                Description = new LocalizedText(
                    "厂界与最近居民点的距离。事实 concrete.distance-to-homes。",
                    "Distance from the station boundary to the nearest homes. Fact concrete.distance-to-homes."),
            },
            BooleanParameter(Parameters.InPark, "是否位于工业园区内。事实 concrete.in-park。", "Whether the station is inside an industrial park. Fact concrete.in-park."),
            BooleanParameter(Parameters.UpgradeOfExisting, "是否为现有搅拌站的升级改造（而非新建）。事实 concrete.upgrade-of-existing。", "Whether the project upgrades an existing station rather than building a new one. Fact concrete.upgrade-of-existing."),
            new ParameterDescriptor
            {
                Name = Parameters.DustEmission,
                Type = ParameterType.Quantity,
                Dimension = Dimension.OfMass / Dimension.OfTime,
                Unit = "t/a",
                Minimum = 0,
                Description = new LocalizedText(
                    "颗粒物年排放量：实测值或排污许可量，由项目提供（本插件不提供产排污系数）。事实 concrete.dust-emission。",
                    "Yearly particulate emission, measured or permitted, as the project gives it (the plugin ships no dust coefficients). Fact concrete.dust-emission."),
            },
            new ParameterDescriptor
            {
                Name = Parameters.DustEmissionBasis,
                Type = ParameterType.Choice,
                AllowedValues = ["measured", "permitted"],
                Description = new LocalizedText(
                    "颗粒物排放量的依据：measured（实测）或 permitted（许可量）。事实 concrete.dust-emission-basis。",
                    "Basis of the dust figure: measured or permitted. Fact concrete.dust-emission-basis."),
            },
            new ParameterDescriptor
            {
                Name = Parameters.Embodied,
                Type = ParameterType.Json,
                Description = new LocalizedText(
                    "请求产品碳足迹（从摇篮到大门）：{ \"cementPerM3\": \"300 kg\", \"sandPerM3\": \"…\", \"gypsumPerM3\": \"…\", \"others\": [ … ] } "
                    + "或 { \"basis\": \"strength-class\" }（C30、C50）。结果为指标，不计入运营排放。",
                    "Requests the cradle-to-gate product footprint: { \"cementPerM3\": \"300 kg\", \"sandPerM3\": \"…\", \"gypsumPerM3\": \"…\", \"others\": [ … ] } "
                    + "or { \"basis\": \"strength-class\" } (C30, C50). Reported as indicators, never added to the operational emissions."),
            },
        ],
    };

    private static ParameterDescriptor BooleanParameter(string name, string zh, string en) => new()
    {
        Name = name,
        Type = ParameterType.Boolean,
        Description = new LocalizedText(zh, en),
    };
}
