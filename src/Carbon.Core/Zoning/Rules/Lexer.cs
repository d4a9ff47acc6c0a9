using System.Collections.Immutable;
using System.Globalization;
using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>
/// The hand-written lexer of the rule language. Numbers may carry a unit (<c>500 m</c>, <c>5000 t/d</c>,
/// <c>100 kgce/t</c>, <c>50 %</c>, <c>1.5万 tce</c>) read by the SDK's <see cref="QuantityParser"/>, so literals and
/// project files share one set of units. Paths are dotted identifiers whose segments may contain hyphens between
/// letters or digits (<c>facts.cement.clinker-capacity</c>), so subtraction needs spaces: <c>a - b</c>.
/// </summary>
internal static class Lexer
{
    public static ImmutableArray<Token> Tokenize(string text, int maxTokens, out ExpressionError? error)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        error = null;
        while (true)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, text.Length, string.Empty));
                return tokens.ToImmutable();
            }

            if (tokens.Count >= maxTokens)
            {
                error = ExpressionErrors.TooManyTokens(i, maxTokens);
                return [];
            }

            var c = text[i];
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var token = ReadNumber(text, ref i, out error);
                if (error is not null)
                {
                    return [];
                }

                tokens.Add(token);
                continue;
            }

            if (c is '\'' or '"')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0)
                {
                    error = ExpressionErrors.UnterminatedString(i, c);
                    return [];
                }

                tokens.Add(new Token(TokenKind.String, start, text[(i + 1)..close]));
                i = close + 1;
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                tokens.Add(ReadPath(text, ref i));
                continue;
            }

            var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
            TokenKind kind;
            switch (two)
            {
                case "==": kind = TokenKind.Eq; break;
                case "!=": kind = TokenKind.Ne; break;
                case "<=": kind = TokenKind.Le; break;
                case ">=": kind = TokenKind.Ge; break;
                case "&&":
                    error = ExpressionErrors.UseWord(i, "&&", "and");
                    return [];
                case "||":
                    error = ExpressionErrors.UseWord(i, "||", "or");
                    return [];
                default: kind = TokenKind.End; break;
            }

            if (kind != TokenKind.End)
            {
                tokens.Add(new Token(kind, start, two));
                i += 2;
                continue;
            }

            kind = c switch
            {
                '(' => TokenKind.LParen,
                ')' => TokenKind.RParen,
                '[' => TokenKind.LBracket,
                ']' => TokenKind.RBracket,
                ',' => TokenKind.Comma,
                '+' => TokenKind.Plus,
                '-' => TokenKind.Minus,
                '*' => TokenKind.Star,
                '/' => TokenKind.Slash,
                '<' => TokenKind.Lt,
                '>' => TokenKind.Gt,
                _ => TokenKind.End,
            };
            if (kind == TokenKind.End)
            {
                error = c switch
                {
                    '!' => ExpressionErrors.UseWord(i, "!", "not"),
                    '=' => ExpressionErrors.SingleEquals(i),
                    _ => ExpressionErrors.UnexpectedCharacter(i, c),
                };
                return [];
            }

            tokens.Add(new Token(kind, start, c.ToString()));
            i++;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u3000';

    private static Token ReadPath(string text, ref int i)
    {
        var start = i;
        while (true)
        {
            // One segment: a letter or '_', then letters, digits and '_', with single hyphens between them.
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiLetterOrDigit(c) || c == '_')
                {
                    i++;
                }
                else if (c == '-' && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_') && i > start && text[i - 1] != '.')
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (i + 1 < text.Length && text[i] == '.' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '_'))
            {
                i++;
                continue;
            }

            break;
        }

        var word = text[start..i];
        var kind = word switch
        {
            "and" => TokenKind.And,
            "or" => TokenKind.Or,
            "not" => TokenKind.Not,
            "in" => TokenKind.In,
            "true" => TokenKind.True,
            "false" => TokenKind.False,
            _ => TokenKind.Path,
        };
        return new Token(kind, start, word);
    }

    private static Token ReadNumber(string text, ref int i, out ExpressionError? error)
    {
        error = null;
        var start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var p = i + 1;
            if (p < text.Length && text[p] is '+' or '-')
            {
                p++;
            }

            if (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                i = p;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
        }

        var numberText = text[start..i];
        if (numberText.Count(ch => ch == '.') > 1 || numberText.EndsWith('.') ||
            !double.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            error = ExpressionErrors.InvalidNumber(start, numberText);
            return default;
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_') && !IsUnitStart(text, i))
        {
            error = ExpressionErrors.InvalidNumber(start, text[start..Math.Min(text.Length, i + 1)]);
            return default;
        }

        // An optional multiplier (万, 亿) and unit after optional spaces; a keyword after the number is not a unit.
        var j = i;
        while (j < text.Length && IsSpace(text[j]))
        {
            j++;
        }

        var unitStart = j;
        while (j < text.Length && IsUnitChar(text[j]))
        {
            j++;
        }

        // A Chinese multiplier alone (1.5万 tce, 3 亿 kWh) is followed by the unit proper.
        while (j > unitStart && text[unitStart..j].All(ch => ch is '万' or '亿'))
        {
            var k = j;
            while (k < text.Length && IsSpace(text[k]))
            {
                k++;
            }

            var wordStart = k;
            while (k < text.Length && IsUnitChar(text[k]))
            {
                k++;
            }

            if (k == wordStart || !IsUnitStart(text, wordStart))
            {
                break;
            }

            j = k;
        }

        var unit = text[unitStart..j];
        if (unit.Length == 0 || unit is "and" or "or" or "not" or "in" || !IsUnitStart(text, unitStart))
        {
            return new Token(TokenKind.Number, start, numberText, new Quantity(number, Dimension.None));
        }

        var literal = numberText + " " + unit;
        if (!QuantityParser.TryParse(literal, out var quantity, out _, out var parseError))
        {
            error = parseError == QuantityParseError.OutOfRange
                ? ExpressionErrors.InvalidNumber(start, literal)
                : ExpressionErrors.UnknownUnit(unitStart, unit);
            return default;
        }

        i = j;
        return new Token(TokenKind.Number, start, text[start..j], quantity);
    }

    // A unit starts with a letter (t, kgce, m, 吨, 万), '%', '‰' or a degree sign.
    private static bool IsUnitStart(string text, int i) =>
        i < text.Length && (char.IsLetter(text[i]) || text[i] is '%' or '‰' or '°' or '℃');

    private static bool IsUnitChar(char c) =>
        char.IsLetterOrDigit(c) || c is '/' or '·' or '²' or '³' or '%' or '‰' or '°' or '℃' or '_';
}
