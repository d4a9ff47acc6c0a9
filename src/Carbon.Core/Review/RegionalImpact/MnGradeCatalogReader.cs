using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Carbon.Review.DataReading;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Review.RegionalImpact;

/// <summary>Reads the m/n grade tables file (<c>review/mn-grades.json</c>); every problem becomes a CB59xx diagnostic.</summary>
internal static class MnGradeCatalogReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a grade-tables file.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="catalog">The catalogue when there were no errors.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <returns>True when read without errors.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out MnGradeCatalog? catalog, out ImmutableArray<Diagnostic> diagnostics)
    {
        catalog = null;
        var problems = new List<Diagnostic>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            diagnostics = [ReviewDiagnostics.DataNotJson(ex.Message)];
            return false;
        }

        using (document)
        {
            var r = new DataElementReader(problems);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics = [ReviewDiagnostics.DataMember(string.Empty, "(root)", "a JSON object")];
                return false;
            }

            var id = r.RequiredString(root, "id", string.Empty);
            var version = r.RequiredString(root, "version", string.Empty);
            var title = r.RequiredText(root, "title", string.Empty);
            var defaultTable = r.RequiredString(root, "default", string.Empty);
            var tables = new List<MnGradeTable>();
            foreach (var (e, path) in r.Items(root, "tables", string.Empty, required: true))
            {
                var table = ReadTable(e, path, r);
                if (table is not null)
                {
                    if (tables.Exists(t => t.Id == table.Id))
                    {
                        problems.Add(ReviewDiagnostics.DataDuplicate(path + "/id", table.Id));
                    }

                    tables.Add(table);
                }
            }

            if (defaultTable is not null && !tables.Exists(t => t.Id == defaultTable))
            {
                problems.Add(ReviewDiagnostics.DataChoice("/default", defaultTable, string.Join(", ", tables.Select(t => t.Id))));
            }

            diagnostics = [.. problems];
            if (r.HasErrors || id is null || version is null || title is null || defaultTable is null)
            {
                return false;
            }

            catalog = new MnGradeCatalog(id, version, title, Convert.ToHexString(SHA256.HashData(utf8Json)).ToLowerInvariant(), defaultTable, [.. tables]);
            return true;
        }
    }

    private static MnGradeTable? ReadTable(JsonElement e, string path, DataElementReader r)
    {
        var id = r.RequiredString(e, "id", path);
        var title = r.RequiredText(e, "title", path);
        var status = r.RequiredStatus(e, "status", path);
        var source = r.Citation(e, "source", path, null);
        var grades = ImmutableArray.CreateBuilder<MnGrade>();
        double lastM = double.NegativeInfinity, lastN = double.NegativeInfinity;
        var open = false;
        foreach (var (g, gp) in r.Items(e, "grades", path, required: true))
        {
            var gid = r.RequiredString(g, "id", gp);
            var name = r.RequiredText(g, "name", gp);
            var m = r.NullableNumber(g, "mAtMost", gp, out var mOk);
            var n = r.NullableNumber(g, "nAtMost", gp, out var nOk);
            if (open)
            {
                // Only the last grade may be open-ended.
                r.Problems.Add(ReviewDiagnostics.DataMember(gp, "grades", "grades in increasing order, with only the last one open-ended (null bounds)"));
            }

            if ((m is null) != (n is null) || (m is { } mv && mv <= lastM) || (n is { } nv && nv <= lastN))
            {
                r.Problems.Add(ReviewDiagnostics.DataMember(gp, "grades", "grades in increasing order, with only the last one open-ended (null bounds)"));
            }

            open = m is null;
            lastM = m ?? lastM;
            lastN = n ?? lastN;
            if (gid is not null && name is not null && mOk && nOk)
            {
                grades.Add(new MnGrade(gid, name, m, n));
            }
        }

        if (grades.Count == 0 || !open)
        {
            r.Problems.Add(ReviewDiagnostics.DataMember(path + "/grades", "grades", "a non-empty array whose last grade is open-ended (null bounds)"));
            return null;
        }

        return id is not null && title is not null && status is not null && source is not null
            ? new MnGradeTable(id, title, status.Value, source, grades.ToImmutable())
            : null;
    }
}
