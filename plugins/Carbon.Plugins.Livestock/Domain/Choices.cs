using System.Collections.Immutable;

namespace Carbon.Plugins.Livestock.Domain;

/// <summary>The allowed values of the herd line's choice parameters.</summary>
internal static class Choices
{
    /// <summary><c>population</c>: head on hand (存栏), taken as the annual average population.</summary>
    public const string Stock = "stock";

    /// <summary><c>population</c>: head sold or slaughtered per year (出栏).</summary>
    public const string Sold = "sold";

    /// <summary>The population bases.</summary>
    public static readonly ImmutableArray<string> PopulationBases = [Stock, Sold];

    /// <summary>IPCC climate bands (Tables 10.15 and 10.17).</summary>
    public static readonly ImmutableArray<string> ClimateBands = ["cool", "temperate", "warm"];

    /// <summary>The six regions of the China tables (GB/T 32151.22 Tables C.7/C.10; the 2011 inventory).</summary>
    public static readonly ImmutableArray<string> Regions = ["华北", "东北", "华东", "中南", "西南", "西北"];

    /// <summary>GB/T 32151.22 Table C.3 age classes: 当年生, 其他成年畜, 繁殖母畜.</summary>
    public static readonly ImmutableArray<string> AgeClasses = ["young", "adult", "breeding-female"];

    /// <summary>2011 inventory feeding modes: 规模化, 农户散养, 放牧.</summary>
    public static readonly ImmutableArray<string> FeedingModes = ["intensive", "household", "grazing"];

    /// <summary>The scale classes reported as <c>livestock.scale-class</c>.</summary>
    public static class ScaleClass
    {
        /// <summary>规模养殖场: at or above the scale threshold.</summary>
        public const string ScaleFarm = "scale-farm";

        /// <summary>养殖专业户: at or above the household threshold and below the scale threshold.</summary>
        public const string SpecialisedHousehold = "specialised-household";

        /// <summary>Below the lowest threshold the data set gives.</summary>
        public const string BelowScale = "below-scale";
    }
}
