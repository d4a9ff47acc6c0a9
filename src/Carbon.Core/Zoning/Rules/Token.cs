using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>The tokens of the rule language.</summary>
internal enum TokenKind
{
    End = 0,
    Number,
    String,
    Path,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    Not,
    In,
    True,
    False,
}

/// <summary>A token with its 0-based start position in the expression text.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Start">The 0-based position of its first character.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Quantity">For numbers: the value in canonical units with the dimension of its unit (none for a plain number).</param>
internal readonly record struct Token(TokenKind Kind, int Start, string Text, Quantity Quantity = default);
