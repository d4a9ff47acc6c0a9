namespace Carbon.Plugins.Lime.Domain;

/// <summary>
/// The lime kiln types a project declares in <c>lime.kiln</c> (石灰窑型). The plugin passes them to zoning rules as the
/// fact <c>lime.kiln-type</c>; it never judges them itself (which types a catalogue restricts or eliminates is the
/// rules' business and, for lime, UNCONFIRMED in the notes: zoning.md §5).
/// </summary>
internal static class KilnTypeIds
{
    /// <summary>土窑 earth (soil) kiln: a pit or earth-walled kiln; small 石灰土窑 were closed as eliminated technology (zoning.md §3, 临澧 2016).</summary>
    public const string Earth = "earth";

    /// <summary>普通立窑 ordinary shaft kiln: a vertical kiln fed and discharged by hand or simple equipment.</summary>
    public const string OrdinaryShaft = "ordinary-shaft";

    /// <summary>机械化立窑 mechanised shaft kiln: a vertical kiln with mechanised charging and discharging.</summary>
    public const string MechanisedShaft = "mechanised-shaft";

    /// <summary>双膛窑 twin-shaft (parallel-flow regenerative) kiln: two shafts alternating between burning and preheating.</summary>
    public const string TwinShaft = "twin-shaft";

    /// <summary>套筒窑 annular shaft kiln: a shaft kiln with an inner cylinder (sleeve).</summary>
    public const string AnnularShaft = "annular-shaft";

    /// <summary>回转窑 rotary kiln: an inclined rotating tube, usually with a preheater.</summary>
    public const string Rotary = "rotary";

    /// <summary>All kiln type ids, in documentation order.</summary>
    public static readonly string[] All = [Earth, OrdinaryShaft, MechanisedShaft, TwinShaft, AnnularShaft, Rotary];

    /// <summary>Whether an id is a known kiln type.</summary>
    public static bool IsKnown(string? id) => id is not null && Array.IndexOf(All, id) >= 0;
}
