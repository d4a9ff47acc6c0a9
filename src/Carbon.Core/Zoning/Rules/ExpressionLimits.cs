namespace Carbon.Zoning.Rules;

/// <summary>Bounds that keep every expression cheap to parse and evaluate.</summary>
/// <param name="MaxLength">The longest expression text, in characters.</param>
/// <param name="MaxDepth">The deepest nesting of parentheses, <c>not</c>, unary minus, lists and calls.</param>
/// <param name="MaxNodes">The most syntax nodes (bounds evaluation cost: no loops exist in the language).</param>
internal sealed record ExpressionLimits(int MaxLength, int MaxDepth, int MaxNodes)
{
    /// <summary>The most fact reads one expression may make (the width of the missing-fact mask).</summary>
    public const int MaxFactSlots = 64;
}
