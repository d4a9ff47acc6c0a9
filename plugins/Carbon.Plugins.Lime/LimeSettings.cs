namespace Carbon.Plugins.Lime;

/// <summary>The immutable settings a plugin instance computes with (a snapshot of <see cref="LimeOptions"/> and its data).</summary>
/// <param name="AllowUnconfirmedDefaults">Whether UNCONFIRMED defaults may be used (always with warning CB7219).</param>
/// <param name="DefaultMethodology">The methodology used when a project names none.</param>
/// <param name="HasLimeBenchmarkTable">Whether the plugin's data carries a lime benchmark table (false as shipped).</param>
internal sealed record LimeSettings(bool AllowUnconfirmedDefaults, string DefaultMethodology, bool HasLimeBenchmarkTable);
