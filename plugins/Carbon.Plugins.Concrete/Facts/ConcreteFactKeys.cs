namespace Carbon.Plugins.Concrete.Facts;

/// <summary>
/// The fact keys the concrete plugin contributes for zoning rules (三线一单 mixing-station clauses such as
/// enclosure, dust control, setbacks, parks and "upgrading only"). Each is set only when the project gives it:
/// a missing fact lets a rule answer "needs information" instead of guessing.
/// </summary>
internal static class ConcreteFactKeys
{
    /// <summary>Boolean: raw materials (aggregates, powders) stored in enclosed sheds or silos (封闭式料场/料仓).</summary>
    public const string EnclosedStorage = "concrete.enclosed-storage";

    /// <summary>Boolean: the mixing building and batching/conveying are enclosed (搅拌主楼及输送封闭).</summary>
    public const string EnclosedMixing = "concrete.enclosed-mixing";

    /// <summary>Boolean: dust collectors fitted on powder silos and mixers (除尘设施).</summary>
    public const string DustCollectors = "concrete.dust-collectors";

    /// <summary>Boolean: wash water and returned concrete recycled (砂石分离/废水回用, no discharge).</summary>
    public const string WashWaterRecycling = "concrete.wash-water-recycling";

    /// <summary>Length (m): distance from the station boundary to the nearest homes (与最近居民点距离).</summary>
    public const string DistanceToHomes = "concrete.distance-to-homes";

    /// <summary>Boolean: the station is inside an industrial park (位于工业园区).</summary>
    public const string InPark = "concrete.in-park";

    /// <summary>Boolean: the project upgrades an existing station rather than building a new one (升级改造 vs 新建).</summary>
    public const string UpgradeOfExisting = "concrete.upgrade-of-existing";

    /// <summary>Number: mixing lines (搅拌生产线数量, e.g. 2 for 2 × HZS180).</summary>
    public const string MixingLines = "concrete.mixing-lines";

    /// <summary>Mass per time (t/a): particulate (颗粒物) emission, measured or permitted, as the project gives it.</summary>
    public const string DustEmission = "concrete.dust-emission";

    /// <summary>Text: <c>measured</c> (实测) or <c>permitted</c> (许可量), the basis of <see cref="DustEmission"/>.</summary>
    public const string DustEmissionBasis = "concrete.dust-emission-basis";
}
