using System.Globalization;

namespace Carbon.Zoning.Rules;

/// <summary>
/// The errors of the rule language (codes CB6101–CB6126, listed in docs/rules.md and docs/zoning-pack.md). Each says
/// what is wrong at which position and what to write instead.
/// </summary>
internal static class ExpressionErrors
{
    private static string Col(int position) => (position + 1).ToString(CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static ExpressionError Unexpected(int position, string found, string expected) => new(
        "CB6101", position,
        $"第 {Col(position)} 列：此处应为{expected}，却是“{found}”。",
        $"column {Col(position)}: expected {expected} but found '{found}'.");

    public static ExpressionError UnterminatedString(int position, char quote) => new(
        "CB6102", position,
        $"第 {Col(position)} 列：字符串缺少结尾的 {quote}。",
        $"column {Col(position)}: the string has no closing {quote}.");

    public static ExpressionError InvalidNumber(int position, string text) => new(
        "CB6103", position,
        $"第 {Col(position)} 列：数字“{text}”无效（小数点用“.”，例如 1.5 或 2e3）。",
        $"column {Col(position)}: the number '{text}' is invalid (use '.' for decimals, e.g. 1.5 or 2e3).");

    public static ExpressionError UnknownUnit(int position, string unit) => new(
        "CB6104", position,
        $"第 {Col(position)} 列：未知单位“{unit}”。可用单位见 docs/project-file.md#units，例如 500 m、5000 t/d、100 kgce/t、3 t/a。",
        $"column {Col(position)}: unknown unit '{unit}'. See docs/project-file.md#units for the units, e.g. 500 m, 5000 t/d, 100 kgce/t, 3 t/a.");

    public static ExpressionError UnknownFact(int position, string path, string? suggestion) => new(
        "CB6105", position,
        $"第 {Col(position)} 列：未知事实“{path}”。" + (suggestion is null ? "事实目录见 docs/rules.md；包可在 facts 中声明新的事实。" : $"是否指“{suggestion}”？"),
        $"column {Col(position)}: unknown fact '{path}'. " + (suggestion is null ? "The fact catalogue is in docs/rules.md; a pack may declare new facts under 'facts'." : $"Did you mean '{suggestion}'?"));

    public static ExpressionError UnknownFunction(int position, string name) => new(
        "CB6106", position,
        $"第 {Col(position)} 列：未知函数“{name}”。函数列表见 docs/rules.md。",
        $"column {Col(position)}: unknown function '{name}'. The functions are listed in docs/rules.md.");

    public static ExpressionError Arity(int position, string name, int expected, int found) => new(
        "CB6107", position,
        $"第 {Col(position)} 列：{name} 需要 {N(expected)} 个参数，却给了 {N(found)} 个。",
        $"column {Col(position)}: {name} takes {N(expected)} argument(s) but {N(found)} were given.");

    public static ExpressionError TypeMismatch(int position, string what, ExprType found, string expectedEn, string expectedZh) => new(
        "CB6108", position,
        $"第 {Col(position)} 列：{what} 需要{expectedZh}，却是{found.DescribeZh()}。",
        $"column {Col(position)}: {what} needs {expectedEn} but got {found.Describe()}.");

    public static ExpressionError DimensionMismatch(int position, string op, ExprType left, ExprType right) => new(
        "CB6109", position,
        $"第 {Col(position)} 列：“{op}”两侧量纲不同（{left.DescribeZh()} 与 {right.DescribeZh()}）。请给字面量写上同类单位，例如 500 m 或 5000 t/d。",
        $"column {Col(position)}: the two sides of '{op}' have different dimensions ({left.Describe()} and {right.Describe()}). Give the literal a unit of the same kind, e.g. 500 m or 5000 t/d.");

    public static ExpressionError TooDeep(int position, int max) => new(
        "CB6110", position,
        $"第 {Col(position)} 列：嵌套超过 {N(max)} 层。请拆分条件或减少括号。",
        $"column {Col(position)}: nesting is deeper than {N(max)} levels. Split the condition or remove parentheses.");

    public static ExpressionError TooLong(int length, int max) => new(
        "CB6111", 0,
        $"表达式长度为 {N(length)} 个字符，上限为 {N(max)}。请拆分为多条规则。",
        $"the expression is {N(length)} characters long; the limit is {N(max)}. Split it into several rules.");

    public static ExpressionError TooManyTokens(int position, int max) => new(
        "CB6112", position,
        $"第 {Col(position)} 列：表达式过于复杂（超过 {N(max)} 个记号或节点）。请拆分为多条规则。",
        $"column {Col(position)}: the expression is too complex (more than {N(max)} tokens or nodes). Split it into several rules.");

    public static ExpressionError UnknownZoneKind(int position, string kind, string known) => new(
        "CB6113", position,
        $"第 {Col(position)} 列：未知的区域类型或区域编号“{kind}”。可用类型：{known}。",
        $"column {Col(position)}: unknown zone kind or zone id '{kind}'. Known kinds: {known}.");

    public static ExpressionError LiteralArgument(int position, string name) => new(
        "CB6114", position,
        $"第 {Col(position)} 列：{name} 的参数必须是字符串字面量，例如 '{(name.Contains("within", StringComparison.Ordinal) || name.Contains("distance", StringComparison.Ordinal) ? "no-farming" : "NOx")}'。",
        $"column {Col(position)}: the argument of {name} must be a string literal, e.g. '{(name.Contains("within", StringComparison.Ordinal) || name.Contains("distance", StringComparison.Ordinal) ? "no-farming" : "NOx")}'.");

    public static ExpressionError UnknownParameter(int position, string name, string known) => new(
        "CB6115", position,
        $"第 {Col(position)} 列：规则没有参数“{name}”。已声明：{known}。",
        $"column {Col(position)}: the rule has no parameter '{name}'. Declared: {known}.");

    public static ExpressionError UnexpectedCharacter(int position, char c) => new(
        "CB6116", position,
        $"第 {Col(position)} 列：意外的字符“{c}”。",
        $"column {Col(position)}: unexpected character '{c}'.");

    public static ExpressionError Empty() => new(
        "CB6117", 0, "表达式为空。", "the expression is empty.");

    public static ExpressionError TooManyFacts(int position, int max) => new(
        "CB6118", position,
        $"第 {Col(position)} 列：一个表达式最多引用 {N(max)} 个事实。请拆分为多条规则。",
        $"column {Col(position)}: an expression may read at most {N(max)} facts. Split it into several rules.");

    public static ExpressionError UseWord(int position, string symbol, string word) => new(
        "CB6119", position,
        $"第 {Col(position)} 列：请用“{word}”代替“{symbol}”。",
        $"column {Col(position)}: write '{word}' instead of '{symbol}'.");

    public static ExpressionError SingleEquals(int position) => new(
        "CB6120", position,
        $"第 {Col(position)} 列：比较相等请用“==”，而不是“=”。",
        $"column {Col(position)}: compare with '==', not '='.");

    public static ExpressionError ChainedComparison(int position) => new(
        "CB6121", position,
        $"第 {Col(position)} 列：比较不能连写（如 a < b < c）。请写成 a < b and b < c。",
        $"column {Col(position)}: comparisons cannot be chained (a < b < c). Write a < b and b < c.");

    public static ExpressionError NotBoolean(ExprType found) => new(
        "CB6122", 0,
        $"条件的结果必须是布尔值，却是{found.DescribeZh()}。请加上比较，例如 … >= 500 m。",
        $"a condition must give a boolean but this gives {found.Describe()}. Add a comparison, e.g. … >= 500 m.");

    public static ExpressionError BadArgumentValue(int position, string name, string value, string allowed) => new(
        "CB6123", position,
        $"第 {Col(position)} 列：{name} 不接受“{value}”。允许：{allowed}。",
        $"column {Col(position)}: {name} does not accept '{value}'. Allowed: {allowed}.");

    public static ExpressionError ListItems(int position) => new(
        "CB6125", position,
        $"第 {Col(position)} 列：列表字面量只能包含字符串，例如 ['new', 'expansion']。",
        $"column {Col(position)}: a list literal may hold strings only, e.g. ['new', 'expansion'].");

    public static ExpressionError NotAFunction(int position, string path, bool isFunction) => isFunction
        ? new(
            "CB6126", position,
            $"第 {Col(position)} 列：“{path}”是函数，需要带括号调用，例如 {path}('…')。",
            $"column {Col(position)}: '{path}' is a function; call it with parentheses, e.g. {path}('…').")
        : new(
            "CB6126", position,
            $"第 {Col(position)} 列：“{path}”是事实而不是函数，不能带括号。",
            $"column {Col(position)}: '{path}' is a fact, not a function; remove the parentheses.");
}
