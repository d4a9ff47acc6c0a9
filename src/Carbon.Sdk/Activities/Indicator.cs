namespace Carbon.Sdk.Activities;

/// <summary>
/// A figure an activity reports beside its emissions that is never added to the operational totals, e.g. a
/// cradle-to-gate product footprint per m³ or a herd's pig equivalents.
/// </summary>
/// <param name="Id">A stable id, e.g. <c>concrete.embodied-footprint</c>.</param>
/// <param name="Name">The name in both languages.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record Indicator(string Id, LocalizedText Name, double Value, string Unit, Trace Trace);
