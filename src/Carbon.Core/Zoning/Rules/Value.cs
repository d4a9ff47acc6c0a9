using System.Collections.Immutable;
using System.Globalization;

namespace Carbon.Zoning.Rules;

/// <summary>The kind of a runtime value; <see cref="Unknown"/> is the third truth value.</summary>
internal enum ValueKind : byte
{
    /// <summary>Not known: a fact it depends on is missing.</summary>
    Unknown = 0,

    /// <summary>true or false.</summary>
    Boolean = 1,

    /// <summary>A number in canonical units.</summary>
    Number = 2,

    /// <summary>A string.</summary>
    Text = 3,

    /// <summary>A list of strings.</summary>
    TextList = 4,
}

/// <summary>
/// A runtime value of the rule language. A struct, so evaluation allocates nothing. An unknown value carries a bit
/// mask of the fact slots (of the expression being evaluated) whose absence made it unknown, so the evaluator can
/// name exactly the missing facts that mattered (Kleene logic: <c>false and unknown</c> is false and names none).
/// </summary>
internal readonly struct Value
{
    private Value(ValueKind kind, bool boolean, double number, string? text, ImmutableArray<string> list, ulong missing)
    {
        Kind = kind;
        Boolean = boolean;
        Number = number;
        Text = text;
        List = list;
        Missing = missing;
    }

    public ValueKind Kind { get; }

    public bool Boolean { get; }

    public double Number { get; }

    /// <summary>The text of a text value; for booleans and numbers, an optional detail for evidence (e.g. the zones hit).</summary>
    public string? Text { get; }

    public ImmutableArray<string> List { get; }

    /// <summary>For an unknown value: the fact slots whose absence made it unknown.</summary>
    public ulong Missing { get; }

    public bool IsUnknown => Kind == ValueKind.Unknown;

    public static Value True { get; } = new(ValueKind.Boolean, true, 0, null, default, 0);

    public static Value False { get; } = new(ValueKind.Boolean, false, 0, null, default, 0);

    public static Value Unknown(ulong missing) => new(ValueKind.Unknown, false, 0, null, default, missing);

    public static Value Of(bool value) => value ? True : False;

    public static Value Of(bool value, string? detail) => new(ValueKind.Boolean, value, 0, detail, default, 0);

    public static Value Of(double number, string? detail = null) => new(ValueKind.Number, false, number, detail, default, 0);

    public static Value Of(string text) => new(ValueKind.Text, false, 0, text, default, 0);

    public static Value Of(ImmutableArray<string> list) => new(ValueKind.TextList, false, 0, null, list.IsDefault ? [] : list, 0);

    /// <summary>The value as evidence text (numbers in canonical units of <paramref name="type"/>).</summary>
    public string Format(ExprType type)
    {
        var s = Kind switch
        {
            ValueKind.Unknown => "unknown",
            ValueKind.Boolean => Boolean ? "true" : "false",
            ValueKind.Number => Number.ToString("G12", CultureInfo.InvariantCulture) + (type.Dimension.IsNone ? string.Empty : " " + type.Dimension),
            ValueKind.Text => "'" + Text + "'",
            _ => "[" + string.Join(", ", List.Select(x => "'" + x + "'")) + "]",
        };
        return Kind is ValueKind.Boolean or ValueKind.Number && !string.IsNullOrEmpty(Text) ? s + " (" + Text + ")" : s;
    }
}
