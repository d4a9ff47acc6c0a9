namespace Carbon.Reporting.Documents;

/// <summary>What a table cell holds: user or label text (escaped by the writer), a formatted number, or a placeholder.</summary>
internal enum CellKind
{
    Text,
    Number,
    Placeholder,
}

/// <summary>One table cell.</summary>
/// <param name="Content">The text; escaped by the writer unless it is a number or placeholder (those are produced by Carbon).</param>
/// <param name="Kind">What it holds.</param>
internal readonly record struct Cell(string Content, CellKind Kind)
{
    /// <summary>The placeholder for "none" or "unknown".</summary>
    public static Cell Empty { get; } = new("-", CellKind.Placeholder);

    public static Cell Text(string? text) => string.IsNullOrEmpty(text) ? Empty : new(text, CellKind.Text);

    public static Cell Number(string formatted) => new(formatted, CellKind.Number);
}
