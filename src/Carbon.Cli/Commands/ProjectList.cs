using Carbon.Cli.Hosting;

namespace Carbon.Cli.Commands;

/// <summary>Reads a CSV list of project files: a header row with a <c>path</c> column; paths are relative to the CSV's folder.</summary>
internal static class ProjectList
{
    public static List<string>? Read(string csvPath, Language l, out string? error)
    {
        error = null;
        var folder = Path.GetDirectoryName(csvPath)!;
        using var reader = new StreamReader(csvPath);
        var header = reader.ReadLine();
        var columns = header is null ? [] : Split(header.TrimStart('\uFEFF'));
        var index = Array.IndexOf(columns, "path");
        if (index < 0)
        {
            error = l.T("Batch.ListNeedsHeader");
            return null;
        }

        var files = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = Split(line);
            files.Add(index < cells.Length ? FullPath(cells[index], folder) : string.Empty);
        }

        return files;
    }

    /// <summary>A cell that is no path at all (e.g. one holding a NUL character) is kept as written, so that its row fails alone.</summary>
    private static string FullPath(string cell, string folder)
    {
        try
        {
            return Path.GetFullPath(cell, folder);
        }
        catch (ArgumentException)
        {
            return cell;
        }
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    internal static string[] Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return [.. cells];
    }
}
