namespace Carbon.Sdk.Activities;

/// <summary>The source categories of emission lines. Plugins may add their own ids (lower-case, kebab).</summary>
public static class EmissionSources
{
    /// <summary>化石燃料燃烧 fossil-fuel combustion.</summary>
    public const string FuelCombustion = "fuel-combustion";

    /// <summary>过程排放 industrial process (e.g. carbonate decomposition).</summary>
    public const string Process = "process";

    /// <summary>替代燃料/废弃物非生物质碳燃烧 alternative fuels and co-processed wastes.</summary>
    public const string AlternativeFuel = "alternative-fuel";

    /// <summary>净购入电力 purchased electricity.</summary>
    public const string PurchasedElectricity = "purchased-electricity";

    /// <summary>净购入热力 purchased heat and steam.</summary>
    public const string PurchasedHeat = "purchased-heat";

    /// <summary>输出电力 exported electricity (a deduction).</summary>
    public const string ExportedElectricity = "exported-electricity";

    /// <summary>输出热力 exported heat (a deduction).</summary>
    public const string ExportedHeat = "exported-heat";

    /// <summary>肠道发酵 enteric fermentation.</summary>
    public const string EntericFermentation = "enteric-fermentation";

    /// <summary>粪便管理 manure management.</summary>
    public const string ManureManagement = "manure-management";
}
