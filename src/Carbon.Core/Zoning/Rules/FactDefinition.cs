namespace Carbon.Zoning.Rules;

/// <summary>A fact rules may read as <c>facts.&lt;key&gt;</c>: its type and what it means.</summary>
/// <param name="Key">The dotted key, e.g. <c>cement.clinker-capacity</c>.</param>
/// <param name="Type">The type (and dimension for quantities).</param>
/// <param name="Zh">What it means, in Chinese.</param>
/// <param name="En">What it means, in English.</param>
/// <param name="Additive">Whether values from several activity lines add up (e.g. pig equivalents of several herds).</param>
internal sealed record FactDefinition(string Key, ExprType Type, string Zh, string En, bool Additive = false);
