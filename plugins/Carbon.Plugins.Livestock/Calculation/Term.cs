using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// One value of a calculation as it enters a trace: its symbol, value and unit, where it came from, and the factor
/// record it was read from (when it is a default).
/// </summary>
/// <param name="Symbol">The symbol in the formula, e.g. <c>EF</c>.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="Path">The JSON Pointer when it came from the project.</param>
/// <param name="Record">The factor record when it is a default.</param>
internal sealed record Term(string Symbol, double Value, string Unit, InputOrigin Origin, string? Path = null, FactorRecord? Record = null)
{
    /// <summary>The trace input.</summary>
    public TraceInput ToInput() => new(Symbol, Value, Unit, Origin, Path);
}
