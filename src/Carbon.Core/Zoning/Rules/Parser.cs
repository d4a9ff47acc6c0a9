using System.Collections.Immutable;

namespace Carbon.Zoning.Rules;

/// <summary>
/// The recursive-descent parser of the rule language (grammar in docs/rules.md). Every descent that can nest —
/// parentheses, <c>not</c>, unary minus, lists and call arguments — counts against an explicit depth limit, so deep
/// input gives a diagnostic instead of exhausting the stack. The first error stops parsing.
/// </summary>
internal sealed class Parser
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly int _maxDepth;
    private readonly int _maxNodes;
    private int _pos;
    private int _depth;
    private int _nodes;

    private Parser(ImmutableArray<Token> tokens, int maxDepth, int maxNodes)
    {
        _tokens = tokens;
        _maxDepth = maxDepth;
        _maxNodes = maxNodes;
    }

    private sealed class ParseException(ExpressionError error) : Exception(error.En)
    {
        public ExpressionError Error { get; } = error;
    }

    public static SyntaxNode? Parse(string text, ExpressionLimits limits, out ExpressionError? error)
    {
        if (text.Length > limits.MaxLength)
        {
            error = ExpressionErrors.TooLong(text.Length, limits.MaxLength);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = ExpressionErrors.Empty();
            return null;
        }

        var tokens = Lexer.Tokenize(text, limits.MaxNodes * 2, out error);
        if (error is not null)
        {
            return null;
        }

        var parser = new Parser(tokens, limits.MaxDepth, limits.MaxNodes);
        try
        {
            var node = parser.ParseOr();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw new ParseException(Unexpected(parser.Current, "an operator or the end of the expression", "运算符或表达式结尾"));
            }

            return node;
        }
        catch (ParseException ex)
        {
            // Parse errors unwind with an exception on purpose: it keeps every production simple, and the depth
            // limit bounds the stack before the exception is thrown.
            error = ex.Error;
            return null;
        }
    }

    private Token Current => _tokens[_pos];

    private Token Next()
    {
        var t = _tokens[_pos];
        if (_pos < _tokens.Length - 1)
        {
            _pos++;
        }

        return t;
    }

    private T Count<T>(T node)
        where T : SyntaxNode
    {
        if (++_nodes > _maxNodes)
        {
            throw new ParseException(ExpressionErrors.TooManyTokens(node.Position, _maxNodes));
        }

        return node;
    }

    private void Enter(Token at)
    {
        if (++_depth > _maxDepth)
        {
            throw new ParseException(ExpressionErrors.TooDeep(at.Start, _maxDepth));
        }
    }

    private void Leave() => _depth--;

    private static ExpressionError Unexpected(Token token, string expectedEn, string expectedZh) =>
        token.Kind == TokenKind.End
            ? new ExpressionError("CB6101", token.Start, $"第 {token.Start + 1} 列：表达式意外结束，此处应为{expectedZh}。", $"column {token.Start + 1}: the expression ends too early; expected {expectedEn}.")
            : new ExpressionError("CB6101", token.Start, $"第 {token.Start + 1} 列：此处应为{expectedZh}，却是“{token.Text}”。", $"column {token.Start + 1}: expected {expectedEn} but found '{token.Text}'.");

    private Token Expect(TokenKind kind, string en, string zh)
    {
        if (Current.Kind != kind)
        {
            throw new ParseException(Unexpected(Current, en, zh));
        }

        return Next();
    }

    private SyntaxNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var op = Next();
            left = Count(new BinaryNode(op.Start, TokenKind.Or, left, ParseAnd()));
        }

        return left;
    }

    private SyntaxNode ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And)
        {
            var op = Next();
            left = Count(new BinaryNode(op.Start, TokenKind.And, left, ParseNot()));
        }

        return left;
    }

    private SyntaxNode ParseNot()
    {
        if (Current.Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        var op = Next();
        Enter(op);
        var operand = ParseNot();
        Leave();
        return Count(new UnaryNode(op.Start, TokenKind.Not, operand));
    }

    private static bool IsComparison(TokenKind k) => k is TokenKind.Eq or TokenKind.Ne or TokenKind.Lt or TokenKind.Le or TokenKind.Gt or TokenKind.Ge;

    private SyntaxNode ParseComparison()
    {
        var left = ParseAdditive();
        SyntaxNode result;
        if (IsComparison(Current.Kind))
        {
            var op = Next();
            result = Count(new BinaryNode(op.Start, op.Kind, left, ParseAdditive()));
        }
        else if (Current.Kind == TokenKind.In)
        {
            var op = Next();
            result = Count(new InNode(op.Start, left, ParseAdditive(), Negated: false));
        }
        else if (Current.Kind == TokenKind.Not && _pos + 1 < _tokens.Length && _tokens[_pos + 1].Kind == TokenKind.In)
        {
            var op = Next();
            Next();
            result = Count(new InNode(op.Start, left, ParseAdditive(), Negated: true));
        }
        else
        {
            return left;
        }

        if (IsComparison(Current.Kind) || Current.Kind == TokenKind.In)
        {
            throw new ParseException(ExpressionErrors.ChainedComparison(Current.Start));
        }

        return result;
    }

    private SyntaxNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next();
            left = Count(new BinaryNode(op.Start, op.Kind, left, ParseMultiplicative()));
        }

        return left;
    }

    private SyntaxNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Next();
            left = Count(new BinaryNode(op.Start, op.Kind, left, ParseUnary()));
        }

        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePrimary();
        }

        var op = Next();
        Enter(op);
        var operand = ParseUnary();
        Leave();
        return Count(new UnaryNode(op.Start, TokenKind.Minus, operand));
    }

    private SyntaxNode ParsePrimary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Next();
                return Count(new LiteralNode(t.Start, TokenKind.Number, t.Quantity, t.Text));
            case TokenKind.String:
                Next();
                return Count(new LiteralNode(t.Start, TokenKind.String, default, t.Text));
            case TokenKind.True:
            case TokenKind.False:
                Next();
                return Count(new LiteralNode(t.Start, t.Kind, default, t.Text));
            case TokenKind.LParen:
                {
                    Next();
                    Enter(t);
                    var inner = ParseOr();
                    Leave();
                    Expect(TokenKind.RParen, "')'", "“)”");
                    return inner;
                }

            case TokenKind.LBracket:
                {
                    Next();
                    Enter(t);
                    var items = ImmutableArray.CreateBuilder<SyntaxNode>();
                    if (Current.Kind != TokenKind.RBracket)
                    {
                        items.Add(ParseOr());
                        while (Current.Kind == TokenKind.Comma)
                        {
                            Next();
                            items.Add(ParseOr());
                        }
                    }

                    Leave();
                    Expect(TokenKind.RBracket, "',' or ']'", "“,”或“]”");
                    return Count(new ListNode(t.Start, items.ToImmutable()));
                }

            case TokenKind.Path:
                {
                    Next();
                    if (Current.Kind != TokenKind.LParen)
                    {
                        return Count(new PathNode(t.Start, t.Text));
                    }

                    var open = Next();
                    Enter(open);
                    var args = ImmutableArray.CreateBuilder<SyntaxNode>();
                    if (Current.Kind != TokenKind.RParen)
                    {
                        args.Add(ParseOr());
                        while (Current.Kind == TokenKind.Comma)
                        {
                            Next();
                            args.Add(ParseOr());
                        }
                    }

                    Leave();
                    Expect(TokenKind.RParen, "',' or ')'", "“,”或“)”");
                    return Count(new CallNode(t.Start, t.Text, args.ToImmutable()));
                }

            default:
                throw new ParseException(Unexpected(t, "a value (a number, 'text', true/false, a fact, a list or '(')", "一个值（数字、'文本'、true/false、事实、列表或“(”）"));
        }
    }
}
