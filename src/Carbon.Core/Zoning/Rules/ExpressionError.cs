namespace Carbon.Zoning.Rules;

/// <summary>
/// Why an expression was refused when the pack loaded. <see cref="Position"/> is 0-based; messages show it as a
/// 1-based column.
/// </summary>
/// <param name="Code">The diagnostic code (CB61xx).</param>
/// <param name="Position">The 0-based character position the problem starts at.</param>
/// <param name="Zh">What is wrong and what to write instead, in Chinese.</param>
/// <param name="En">The same in English.</param>
internal sealed record ExpressionError(string Code, int Position, string Zh, string En);
