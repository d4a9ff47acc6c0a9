using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>The kinds of value the rule language knows.</summary>
internal enum TypeKind
{
    /// <summary>true or false.</summary>
    Boolean = 0,

    /// <summary>A number with a dimension (a plain number has <see cref="Dimension.None"/>).</summary>
    Quantity = 1,

    /// <summary>A string.</summary>
    Text = 2,

    /// <summary>A list of strings.</summary>
    TextList = 3,
}

/// <summary>The static type of an expression: its kind and, for quantities, its dimension. Checked when a pack loads.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Dimension">The dimension of a quantity.</param>
internal readonly record struct ExprType(TypeKind Kind, Dimension Dimension = default)
{
    public static ExprType Boolean => new(TypeKind.Boolean);

    public static ExprType Number => new(TypeKind.Quantity);

    public static ExprType Text => new(TypeKind.Text);

    public static ExprType TextList => new(TypeKind.TextList);

    public static ExprType Of(Dimension dimension) => new(TypeKind.Quantity, dimension);

    /// <summary>How the type reads in a message, e.g. "boolean", "number", "quantity in t/d".</summary>
    public string Describe() => Kind switch
    {
        TypeKind.Boolean => "boolean",
        TypeKind.Quantity => Dimension.IsNone ? "number" : "quantity in " + Dimension,
        TypeKind.Text => "text",
        _ => "text list",
    };

    /// <summary>The same in Chinese.</summary>
    public string DescribeZh() => Kind switch
    {
        TypeKind.Boolean => "布尔值",
        TypeKind.Quantity => Dimension.IsNone ? "数值" : "量纲为 " + Dimension + " 的数量",
        TypeKind.Text => "文本",
        _ => "文本列表",
    };
}
