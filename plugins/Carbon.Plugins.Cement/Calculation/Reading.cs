namespace Carbon.Plugins.Cement.Calculation;

/// <summary>A parameter value read from the project, in canonical units, with the JSON Pointer it came from.</summary>
/// <param name="Value">The value (fractions as 0–1, masses in t, capacities in t/d).</param>
/// <param name="Path">The JSON Pointer of the value.</param>
/// <param name="Raw">The value as written.</param>
internal readonly record struct Reading(double Value, string Path, string Raw);
