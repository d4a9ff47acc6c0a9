namespace Carbon.Plugins.Lime.Domain;

/// <summary>The lime types of IPCC 2006 Table 2.4 (石灰品种).</summary>
internal enum LimeType
{
    /// <summary>高钙石灰 high-calcium lime (CaO), from limestone.</summary>
    HighCalcium = 0,

    /// <summary>白云石灰 dolomitic lime (CaO·MgO), from dolomite.</summary>
    Dolomitic = 1,

    /// <summary>水硬性石灰 hydraulic lime.</summary>
    Hydraulic = 2,
}

/// <summary>The technology rows of dolomitic lime in Table 2.4 (the pairing of rows with technology is single-source).</summary>
internal enum DolomiticTechnology
{
    /// <summary>Developed-country technology: default CaO·MgO content 0.95, printed EF 0.86.</summary>
    Developed = 0,

    /// <summary>Developing-country technology: default CaO·MgO content 0.85, printed EF 0.77.</summary>
    Developing = 1,
}

/// <summary>The JSON ids of <see cref="LimeType"/> and <see cref="DolomiticTechnology"/> and the data-set subjects they map to.</summary>
internal static class LimeTypeIds
{
    /// <summary>The <c>limeType</c> value of high-calcium lime.</summary>
    public const string HighCalcium = "high-calcium";

    /// <summary>The <c>limeType</c> value of dolomitic lime.</summary>
    public const string Dolomitic = "dolomitic";

    /// <summary>The <c>limeType</c> value of hydraulic lime.</summary>
    public const string Hydraulic = "hydraulic";

    /// <summary>The <c>technology</c> value for developed-country technology.</summary>
    public const string Developed = "developed";

    /// <summary>The <c>technology</c> value for developing-country technology.</summary>
    public const string Developing = "developing";

    /// <summary>All <c>limeType</c> values.</summary>
    public static readonly string[] LimeTypes = [HighCalcium, Dolomitic, Hydraulic];

    /// <summary>All <c>technology</c> values.</summary>
    public static readonly string[] Technologies = [Developed, Developing];

    /// <summary>Reads a <c>limeType</c> value.</summary>
    public static bool TryParse(string? id, out LimeType type)
    {
        switch (id)
        {
            case HighCalcium: type = LimeType.HighCalcium; return true;
            case Dolomitic: type = LimeType.Dolomitic; return true;
            case Hydraulic: type = LimeType.Hydraulic; return true;
            default: type = LimeType.HighCalcium; return false;
        }
    }

    /// <summary>Reads a <c>technology</c> value.</summary>
    public static bool TryParse(string? id, out DolomiticTechnology technology)
    {
        switch (id)
        {
            case Developed: technology = DolomiticTechnology.Developed; return true;
            case Developing: technology = DolomiticTechnology.Developing; return true;
            default: technology = DolomiticTechnology.Developed; return false;
        }
    }

    /// <summary>The JSON id of a lime type.</summary>
    public static string ToId(this LimeType type) => type switch
    {
        LimeType.HighCalcium => HighCalcium,
        LimeType.Dolomitic => Dolomitic,
        _ => Hydraulic,
    };

    /// <summary>The JSON id of a technology.</summary>
    public static string ToId(this DolomiticTechnology technology) =>
        technology == DolomiticTechnology.Developed ? Developed : Developing;

    /// <summary>The data-set subject holding the stoichiometric ratio (one per lime type).</summary>
    public static string RatioSubject(LimeType type) => "lime." + type.ToId();

    /// <summary>The data-set subject holding the default content and printed EF (per technology for dolomitic lime).</summary>
    public static string RowSubject(LimeType type, DolomiticTechnology? technology) =>
        type == LimeType.Dolomitic && technology is { } t ? "lime.dolomitic." + t.ToId() : "lime." + type.ToId();
}
