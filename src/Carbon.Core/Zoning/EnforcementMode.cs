namespace Carbon.Zoning;

/// <summary>
/// Whether failed rules decide the verdict (<see cref="Enforce"/>) or are only reported (<see cref="Advisory"/>), so a
/// new pack can be tried out without blocking anything. Rules marked UNCONFIRMED always run in advisory mode.
/// </summary>
public enum EnforcementMode
{
    /// <summary>Failed rules decide the verdict.</summary>
    Enforce = 0,

    /// <summary>Failed rules are reported as advisories; the verdict ignores them.</summary>
    Advisory = 1,
}
