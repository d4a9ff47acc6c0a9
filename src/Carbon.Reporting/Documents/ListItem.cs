namespace Carbon.Reporting.Documents;

/// <summary>An item of a nested list (a trace line, or a member of generic data).</summary>
/// <param name="Text">The text (escaped by the writer).</param>
/// <param name="Children">Nested items.</param>
internal sealed record ListItem(string Text, IReadOnlyList<ListItem> Children)
{
    public ListItem(string text)
        : this(text, [])
    {
    }
}

/// <summary>One collapsible trace: a title line (what was computed, with its result) and the lines that explain it.</summary>
/// <param name="Title">The title.</param>
/// <param name="Items">Formula, inputs, factors, note.</param>
internal sealed record TraceBlock(string Title, IReadOnlyList<ListItem> Items);

/// <summary>A headline figure shown at the top of the report.</summary>
/// <param name="Label">What it is.</param>
/// <param name="Value">The formatted value or verdict.</param>
/// <param name="Unit">The unit, or null.</param>
internal sealed record KeyFigure(string Label, string Value, string? Unit);

/// <summary>The tone of a highlighted paragraph.</summary>
internal enum CalloutKind
{
    Info,
    Warning,
    Error,
}
