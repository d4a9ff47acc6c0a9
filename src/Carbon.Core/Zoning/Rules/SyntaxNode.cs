using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>A node of the parsed expression; <see cref="Position"/> is the 0-based start in the text.</summary>
internal abstract record SyntaxNode(int Position);

/// <summary>A number (with its unit already applied), string or boolean literal.</summary>
internal sealed record LiteralNode(int Position, TokenKind Kind, Quantity Quantity, string Text) : SyntaxNode(Position);

/// <summary>A dotted path naming a fact, e.g. <c>facts.cement.clinker-capacity</c>.</summary>
internal sealed record PathNode(int Position, string Path) : SyntaxNode(Position);

/// <summary>A function call, e.g. <c>site.within('no-farming')</c>.</summary>
internal sealed record CallNode(int Position, string Name, ImmutableArray<SyntaxNode> Arguments) : SyntaxNode(Position);

/// <summary><c>not x</c> or <c>-x</c>.</summary>
internal sealed record UnaryNode(int Position, TokenKind Operator, SyntaxNode Operand) : SyntaxNode(Position);

/// <summary>A binary operation.</summary>
internal sealed record BinaryNode(int Position, TokenKind Operator, SyntaxNode Left, SyntaxNode Right) : SyntaxNode(Position);

/// <summary><c>x in list</c> or <c>x not in list</c>.</summary>
internal sealed record InNode(int Position, SyntaxNode Item, SyntaxNode Collection, bool Negated) : SyntaxNode(Position);

/// <summary>A list literal of strings.</summary>
internal sealed record ListNode(int Position, ImmutableArray<SyntaxNode> Items) : SyntaxNode(Position);
