namespace Carbon.Reporting.Documents;

/// <summary>A table column: its header, and whether it holds numbers (right-aligned so digits line up).</summary>
/// <param name="Header">The header text.</param>
/// <param name="Numeric">Whether the column is numeric.</param>
internal sealed record Column(string Header, bool Numeric = false);

/// <summary>A table row; an emphasised row is a total.</summary>
/// <param name="Cells">The cells, one per column.</param>
/// <param name="Emphasis">Whether the row is a total.</param>
internal sealed record ReportRow(IReadOnlyList<Cell> Cells, bool Emphasis = false);

/// <summary>A table with a caption (shown as a small heading above it).</summary>
/// <param name="Caption">The caption, or null.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows.</param>
internal sealed record ReportTable(string? Caption, IReadOnlyList<Column> Columns, IReadOnlyList<ReportRow> Rows);

/// <summary>Builds a table row by row.</summary>
internal sealed class TableBuilder(string? caption, params Column[] columns)
{
    private readonly List<ReportRow> _rows = [];

    public int Count => _rows.Count;

    public TableBuilder Row(params Cell[] cells) => Add(false, cells);

    public TableBuilder Total(params Cell[] cells) => Add(true, cells);

    public ReportTable Build() => new(caption, columns, [.. _rows]);

    private TableBuilder Add(bool emphasis, Cell[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new InvalidOperationException("A row must have one cell per column.");
        }

        _rows.Add(new ReportRow(cells, emphasis));
        return this;
    }
}
