namespace Carbon.Plugins.Lime;

/// <summary>
/// Host options of the lime plugin, set once in <c>AddLime(o =&gt; …)</c> and validated there.
/// </summary>
public sealed class LimeOptions
{
    /// <summary>
    /// Whether UNCONFIRMED defaults may be used: the hydrated-lime water content y = 0.28 and the dolomitic EF of
    /// the Tier 1 85/15 generic mix. False (the default) refuses a line that would need one, with a diagnostic that
    /// asks for the measured value; true uses it and always adds warning CB7219. Defaults to false.
    /// </summary>
    public bool AllowUnconfirmedDefaults { get; set; }

    /// <summary>
    /// The methodology for <c>lime.production</c> lines when a project's <c>options.methods.lime</c> names none:
    /// <c>ipcc-tier2</c> (default; SR × content computed unrounded) or <c>ipcc-tier1</c> (printed Table 2.4 defaults).
    /// </summary>
    public string DefaultMethodology { get; set; } = "ipcc-tier2";
}
