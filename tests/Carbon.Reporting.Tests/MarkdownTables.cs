using System.Text;
using System.Text.Json;

namespace Carbon.Reporting.Tests;

/// <summary>Reads GFM tables back out of rendered Markdown, and collects every number of a report's JSON.</summary>
internal static class MarkdownTables
{
    /// <summary>Every table row (header and body, not the delimiter row) split into cells on unescaped pipes, unescaped.</summary>
    public static List<List<string>> Rows(string markdown) =>
        [.. markdown.Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal)).Select(Cells)];

    /// <summary>The cells of the first row whose first cell is <paramref name="first"/>.</summary>
    public static List<string> Row(string markdown, string first, int? width = null) =>
        Rows(markdown).FirstOrDefault(r => r[0].Trim('*') == first && (width is null || r.Count == width))
        ?? throw new InvalidOperationException("No row starts with " + first);

    public static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                sb.Append(line[i + 1]);
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(line[i]);
            }
        }

        return cells;
    }

    /// <summary>Every number anywhere in a JSON document.</summary>
    public static List<double> Numbers(string json)
    {
        var result = new List<double>();
        using var doc = JsonDocument.Parse(json);
        Walk(doc.RootElement);
        return result;

        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Number:
                    result.Add(e.GetDouble());
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray())
                    {
                        Walk(x);
                    }

                    break;
            }
        }
    }
}
