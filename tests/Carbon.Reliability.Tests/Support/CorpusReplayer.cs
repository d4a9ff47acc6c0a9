using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Carbon.Reports;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;
using Carbon.Zoning;

namespace Carbon.Reliability.Tests.Support;

/// <summary>One corpus case: its kind (folder or manifest), its name and the diagnostic it must produce.</summary>
/// <param name="Kind">projects, quantities, datasets or batch.</param>
/// <param name="Name">The file name, or the manifest index and text.</param>
/// <param name="Expected">The diagnostic code (or, for quantities, the parse error; for batch lists, a code or exit2).</param>
internal sealed record CorpusCase(string Kind, string Name, string Expected)
{
    public override string ToString() => Kind + "/" + Name;
}

/// <summary>What replaying a case gave.</summary>
/// <param name="Case">The case.</param>
/// <param name="Matched">Whether the expected diagnostic was produced.</param>
/// <param name="Structured">Whether every diagnostic had a code, a severity, a JSON Pointer and both messages.</param>
/// <param name="Exception">The unhandled exception, or null.</param>
/// <param name="Elapsed">How long the case took.</param>
/// <param name="Detail">What was produced (codes), for failure messages.</param>
internal sealed record CorpusOutcome(CorpusCase Case, bool Matched, bool Structured, string? Exception, TimeSpan Elapsed, string Detail)
{
    public bool Passed => Matched && Structured && Exception is null;
}

/// <summary>
/// Replays the invalid-input corpus (Corpus/README.md): each case through the reader a user's input reaches — the
/// engine for project files, the parser and a project for quantity texts, the data-set reader, the console's batch
/// command for batch lists — timing it and checking that the answer is the named, well-formed diagnostic.
/// </summary>
internal static partial class CorpusReplayer
{
    /// <summary>The time one case should take at most; reported against, never asserted (the cases take milliseconds).</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions ManifestOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<QuantityCase>> QuantityManifest = new(() =>
        JsonSerializer.Deserialize<List<QuantityCase>>(File.ReadAllText(Repo.Corpus("quantities.json")), ManifestOptions)!);

    private static readonly Lazy<IReadOnlyList<ExpressionCase>> ExpressionManifest = new(() =>
        JsonSerializer.Deserialize<List<ExpressionCase>>(File.ReadAllText(Repo.Corpus("zoning", "expressions.json")), ManifestOptions)!);

    public static IEnumerable<CorpusCase> Cases(string kind) => kind switch
    {
        "projects" or "datasets" => Files(kind, "*.json"),
        "batch" => Files(kind, "*.csv"),
        "zoning/packs" => Files(kind, "*.json"),
        "zoning/layers" => Files(kind, "*.*"),
        "zoning/expressions" => ExpressionManifest.Value.Select((e, i) => new CorpusCase(kind, i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + " " + Show(e.Text), e.Code)),
        "quantities" => QuantityManifest.Value.Select((q, i) => new CorpusCase(kind, i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + " " + Show(q.Text), q.Error)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown corpus kind"),
    };

    public static IEnumerable<CorpusCase> All() => Kinds.SelectMany(Cases);

    public static readonly string[] Kinds = ["projects", "quantities", "datasets", "batch", "zoning/packs", "zoning/expressions", "zoning/layers"];

    public static CorpusOutcome Replay(CorpusCase c)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var (matched, structured, detail) = c.Kind switch
            {
                "projects" => Project(File.ReadAllBytes(Repo.Corpus(c.Kind, c.Name)), c.Expected),
                "quantities" => Quantity(QuantityManifest.Value[int.Parse(c.Name[..3], System.Globalization.CultureInfo.InvariantCulture)], c.Expected),
                "datasets" => DataSet(File.ReadAllBytes(Repo.Corpus(c.Kind, c.Name)), c.Expected),
                "zoning/packs" => Zoning(ZoningPackLoader.Load(File.ReadAllBytes(Repo.Corpus("zoning", "packs", c.Name))), c.Expected),
                "zoning/expressions" => Zoning(ZoningPackLoader.Load(PackWithCondition(ExpressionManifest.Value[int.Parse(c.Name[..3], System.Globalization.CultureInfo.InvariantCulture)].Text)), c.Expected),
                "zoning/layers" => Layer(Repo.Corpus("zoning", "layers", c.Name), c.Expected),
                _ => Batch(Repo.Corpus(c.Kind, c.Name), c.Expected),
            };
            return new CorpusOutcome(c, matched, structured, null, watch.Elapsed, detail);
        }
#pragma warning disable CA1031 // The replay's point is to count unhandled exceptions, not to stop at the first.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new CorpusOutcome(c, false, false, ex.GetType().Name + ": " + ex.Message, watch.Elapsed, string.Empty);
        }
    }

    private static IEnumerable<CorpusCase> Files(string kind, string pattern) =>
        Directory.GetFiles(Repo.Corpus(kind.Split('/')), pattern)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new CorpusCase(kind, name!, name![..name!.IndexOf("__", StringComparison.Ordinal)]));

    private static (bool, bool, string) Project(byte[] bytes, string expected)
    {
        var report = Engines.Shared.Assess(bytes);
        _ = ReportJson.SerializeToUtf8Bytes(report); // throws if a NaN or an infinity got into the report
        var expectedIsError = report.Diagnostics.Any(d => d.Code == expected && d.Severity == "error");
        var matched = report.Diagnostics.Any(d => d.Code == expected)
            && (!expectedIsError || (report.Energy is null && report.Emissions is null));
        return (matched, report.Diagnostics.All(IsStructured), Codes(report.Diagnostics.Select(d => d.Severity[0] + ":" + d.Code)));
    }

    private static (bool, bool, string) Quantity(QuantityCase q, string expected)
    {
        var read = QuantityParser.TryParse(q.Text, out _, out _, out var error);
        var inProject = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["schemaVersion"] = "1",
            ["id"] = "q",
            ["name"] = new Dictionary<string, string> { ["zh"] = "数量", ["en"] = "Quantity" },
            ["nature"] = "new",
            ["reportingYear"] = 2025,
            ["energy"] = new[] { new Dictionary<string, string> { ["carrier"] = "coal.raw", ["amount"] = q.Text } },
        });
        var (projectMatched, structured, codes) = Project(Encoding.UTF8.GetBytes(inProject), "CB2001");
        return (!read && error.ToString() == expected && projectMatched, structured, error + " " + codes);
    }

    private static (bool, bool, string) DataSet(byte[] bytes, string expected)
    {
        var ok = DataSetReader.TryRead(bytes, out var set, out var diagnostics);
        var structured = diagnostics.All(d => CodePattern().IsMatch(d.Code) && (d.Path.Length == 0 || d.Path[0] == '/')
            && !string.IsNullOrWhiteSpace(d.Message.Zh) && !string.IsNullOrWhiteSpace(d.Message.En));
        return (!ok && set is null && diagnostics.Any(d => d.Code == expected), structured, Codes(diagnostics.Select(d => d.Code)));
    }

    private static (bool, bool, string) Batch(string csv, string expected)
    {
        using var temp = new TempFolder();
        var results = temp.File("results.json");
        var (exit, _, error) = CliRunner.Run(Path.GetDirectoryName(csv)!, "batch", csv, "--out", results, "--parallel", "1");
        if (exit == 3 || !File.Exists(results) && expected != "exit2")
        {
            return (false, false, $"exit {exit}: {error.Trim()}");
        }

        if (expected == "exit2")
        {
            return (exit == 2 && !File.Exists(results), error.Length > 0 && !error.Contains("Internal error", StringComparison.Ordinal), $"exit {exit}: {error.Trim()}");
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(results));
        var rows = doc.RootElement.EnumerateArray().Select(r => (Status: r.GetProperty("status").GetString()!, Errors: r.GetProperty("errors").GetString()!)).ToList();
        var matched = exit == 2 && rows.Any(r => r.Status == "invalid" && r.Errors.StartsWith(expected, StringComparison.Ordinal)) && rows[0].Status == "ok";
        var structured = rows.All(r => r.Status != "error" && (r.Errors.Length == 0 || CodePattern().IsMatch(r.Errors[..6])));
        return (matched, structured, $"exit {exit}: " + string.Join(" | ", rows.Select(r => r.Status + " " + r.Errors)));
    }

    private static (bool, bool, string) Zoning(ZoningPackLoadResult result, string expected)
    {
        var structured = result.Diagnostics.All(d => CodePattern().IsMatch(d.Code) && (d.Path.Length == 0 || d.Path[0] == '/')
            && !string.IsNullOrWhiteSpace(d.Message.Zh) && !string.IsNullOrWhiteSpace(d.Message.En));
        var expectedIsError = result.Diagnostics.Any(d => d.Code == expected && d.Severity == Sdk.Diagnostics.DiagnosticSeverity.Error);
        var matched = result.Diagnostics.Any(d => d.Code == expected) && (!expectedIsError || result.Pack is null);
        return (matched, structured, Codes(result.Diagnostics.Select(d => d.Code)));
    }

    /// <summary>The small district pack (the fuzzer's seed) with <paramref name="condition"/> as its first rule's <c>when</c>.</summary>
    private static byte[] PackWithCondition(string condition)
    {
        var pack = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.Path("tests", "Carbon.Fuzz", "Seeds", "zoning-pack", "small-district.json")))!.AsObject();
        pack["rules"]![0]!["when"] = condition;
        return Encoding.UTF8.GetBytes(pack.ToJsonString());
    }

    /// <summary>Loads the shapefile demo pack with one of its files (by extension) replaced by the corpus file.</summary>
    private static (bool, bool, string) Layer(string file, string expected)
    {
        using var temp = new TempFolder();
        var demo = Repo.Path("docs", "samples", "zoning", "shapefile-demo");
        foreach (var f in Directory.GetFiles(demo))
        {
            File.Copy(f, temp.File(Path.GetFileName(f)));
        }

        var replaced = Path.GetExtension(file) switch { ".shp" => "units.shp", ".dbf" => "units.dbf", _ => "zones.geojson" };
        File.Copy(file, temp.File(replaced), overwrite: true);
        return Zoning(ZoningPackLoader.Load(temp.Path), expected);
    }

    private static bool IsStructured(DiagnosticReport d) =>
        CodePattern().IsMatch(d.Code) && d.Severity is "error" or "warning" or "info"
        && (d.Path.Length == 0 || d.Path[0] == '/')
        && !string.IsNullOrWhiteSpace(d.Message.Zh) && !string.IsNullOrWhiteSpace(d.Message.En);

    private static string Codes(IEnumerable<string> codes) => "[" + string.Join(",", codes.Distinct()) + "]";

    private static string Show(string text)
    {
        var shown = text.Length > 40 ? text[..37] + "…" : text;
        return "\"" + shown.Replace("\0", "\\0", StringComparison.Ordinal) + "\"";
    }

    [GeneratedRegex("^CB[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private sealed record QuantityCase(string Text, string Error, string Why);

    private sealed record ExpressionCase(string Text, string Code, string Why);
}
