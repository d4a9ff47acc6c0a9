using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Carbon.Cli.Hosting;
using Carbon.Reports;
using Spectre.Console;

namespace Carbon.Cli.Commands;

/// <summary>
/// <c>carbon batch &lt;folder|list.csv&gt;</c>: assesses many projects in parallel, streaming (constant memory: results are
/// written chunk by chunk in input order), one bad file never stopping the run; writes a CSV or JSON of results and a
/// summary. Exit code: the most serious outcome (3 &gt; 2 &gt; 1 &gt; 0).
/// </summary>
internal static class BatchCommand
{
    public static int Run(CliEnvironment env, ParsedArguments args, Language l, Func<ICarbonEngine> engineFactory)
    {
        if (args.Positionals.Count != 1)
        {
            env.Error.WriteLine(l.T("Batch.Usage"));
            return ExitCodes.InvalidInput;
        }

        var input = env.Resolve(args.Positionals[0]);
        List<string> files;
        if (Directory.Exists(input))
        {
            files = [.. Directory.EnumerateFiles(input, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(input) && input.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var read = ProjectList.Read(input, l, out var listError);
            if (read is null)
            {
                env.Error.WriteLine(listError);
                return ExitCodes.InvalidInput;
            }

            files = read;
        }
        else
        {
            env.Error.WriteLine(l.F("Batch.InputNotFound", args.Positionals[0]));
            return ExitCodes.InvalidInput;
        }

        var parallel = Environment.ProcessorCount;
        if (args.Value("--parallel") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out parallel) || parallel is < 1 or > 256))
        {
            env.Error.WriteLine(l.T("Batch.BadParallel"));
            return ExitCodes.InvalidInput;
        }

        var outPath = args.Value("--out");
        var json = outPath?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ?? false;
        if (outPath is not null && !json && !outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            env.Error.WriteLine(l.T("Batch.BadOut"));
            return ExitCodes.InvalidInput;
        }

        if (outPath is not null && File.Exists(env.Resolve(outPath)) && !args.Has("--force"))
        {
            env.Error.WriteLine(l.F("Output.Exists", outPath));
            return ExitCodes.InvalidInput;
        }

        // A province screening its applications names its own pack; without one, the embedded sample district applies.
        if (!ZoningPackOption.TryLoad(env, args, l, out var pack))
        {
            return ExitCodes.InvalidInput;
        }

        var options = new AssessmentOptions { ZoningPack = pack };
        var engine = engineFactory();
        using var sink = outPath is null ? null : ResultSink.Open(env.Resolve(outPath), json);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["ok"] = 0, ["prohibited"] = 0, ["invalid"] = 0, ["error"] = 0 };
        var worst = ExitCodes.Ok;
        var chunkSize = Math.Max(64, parallel * 16);
        var done = 0;
        for (var start = 0; start < files.Count; start += chunkSize)
        {
            var chunk = files.GetRange(start, Math.Min(chunkSize, files.Count - start));
            var results = new BatchResult[chunk.Count];
            Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i => results[i] = AssessOne(engine, options, chunk[i], env, l));
            foreach (var result in results)
            {
                counts[result.Status]++;
                worst = Math.Max(worst, result.ExitCode);
                sink?.Write(result);
                done++;
                env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{files.Count}] {result.Status} {Path.GetFileName(result.File)}{(result.Errors.Length > 0 ? " " + result.Errors : string.Empty)}"));
            }
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = (env with { Out = writer }).CreateConsole();
        var table = new Table { Border = TableBorder.Square, Title = new TableTitle(l.T("Label.BatchSummary")) };
        table.AddColumn(new TableColumn(new Text(l.T("Label.Outcome"))));
        table.AddColumn(new TableColumn(new Text(l.T("Label.Projects"))).RightAligned());
        table.AddRow(new Text(l.T("Label.Ok")), new Text(counts["ok"].ToString(CultureInfo.InvariantCulture)));
        table.AddRow(new Text(l.T("Label.Prohibited")), new Text(counts["prohibited"].ToString(CultureInfo.InvariantCulture)));
        table.AddRow(new Text(l.T("Label.InvalidInput")), new Text(counts["invalid"].ToString(CultureInfo.InvariantCulture)));
        table.AddRow(new Text(l.T("Label.InternalError")), new Text(counts["error"].ToString(CultureInfo.InvariantCulture)));
        table.AddRow(new Text(l.T("Label.Total")), new Text(files.Count.ToString(CultureInfo.InvariantCulture)));
        console.Write(table);
        env.Out.Write(writer.ToString());
        return worst;
    }

    private static BatchResult AssessOne(ICarbonEngine engine, AssessmentOptions options, string file, CliEnvironment env, Language l)
    {
        try
        {
            var bytes = ProjectFile.Read(env, file, l, out var readError);
            if (bytes is null)
            {
                return new BatchResult(file, null, "invalid", ExitCodes.InvalidInput, null, null, null, null, "CB8001 " + readError);
            }

            var report = engine.Assess(bytes, options);
            var errors = string.Join("; ", report.Diagnostics.Where(d => d.Severity == "error").Select(d => $"{d.Code} {d.Path} {l.Text(d.Message)}"));
            var status = report.HasErrors ? "invalid" : report.Zoning?.Verdict == "prohibited" ? "prohibited" : "ok";
            var exit = status switch { "invalid" => ExitCodes.InvalidInput, "prohibited" => ExitCodes.Failed, _ => ExitCodes.Ok };
            return new BatchResult(file, report.Project?.Id, status, exit, report.Energy?.Totals.EquivalentTce, report.Emissions?.Totals.Co2eTonnes, report.Zoning?.Verdict, report.Review?.Tier, errors);
        }
#pragma warning disable CA1031 // One project's internal error must not stop the batch: it is recorded and the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new BatchResult(file, null, "error", ExitCodes.InternalError, null, null, null, null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    internal sealed record BatchResult(string File, string? ProjectId, string Status, int ExitCode, double? EquivalentTce, double? Co2eTonnes, string? ZoningVerdict, string? ReviewTier, string Errors);

    /// <summary>Writes results as they come: CSV rows or elements of a JSON array.</summary>
    private sealed class ResultSink : IDisposable
    {
        private readonly StreamWriter? _csv;
        private readonly FileStream? _jsonStream;
        private readonly Utf8JsonWriter? _json;

        private ResultSink(StreamWriter? csv, FileStream? jsonStream, Utf8JsonWriter? json)
        {
            _csv = csv;
            _jsonStream = jsonStream;
            _json = json;
        }

        public static ResultSink Open(string path, bool json)
        {
            if (json)
            {
                var stream = File.Create(path);
                var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                writer.WriteStartArray();
                return new ResultSink(null, stream, writer);
            }

            var csv = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            csv.WriteLine("file,projectId,status,exitCode,equivalentTce,co2eTonnes,zoningVerdict,reviewTier,errors");
            return new ResultSink(csv, null, null);
        }

        public void Write(BatchResult r)
        {
            if (_json is not null)
            {
                _json.WriteStartObject();
                _json.WriteString("file", r.File);
                Optional("projectId", r.ProjectId);
                _json.WriteString("status", r.Status);
                _json.WriteNumber("exitCode", r.ExitCode);
                if (r.EquivalentTce is { } tce)
                {
                    _json.WriteNumber("equivalentTce", tce);
                }

                if (r.Co2eTonnes is { } co2e)
                {
                    _json.WriteNumber("co2eTonnes", co2e);
                }

                Optional("zoningVerdict", r.ZoningVerdict);
                Optional("reviewTier", r.ReviewTier);
                _json.WriteString("errors", r.Errors);
                _json.WriteEndObject();
                _json.Flush();
                return;
            }

            _csv!.WriteLine(string.Join(',',
                Csv(r.File), Csv(r.ProjectId), r.Status, r.ExitCode.ToString(CultureInfo.InvariantCulture),
                Number(r.EquivalentTce), Number(r.Co2eTonnes), Csv(r.ZoningVerdict), Csv(r.ReviewTier), Csv(r.Errors)));
        }

        private void Optional(string name, string? value)
        {
            if (value is not null)
            {
                _json!.WriteString(name, value);
            }
        }

        private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

        private static string Csv(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            // Quote always when needed, and neutralise formula injection for spreadsheet users.
            var v = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
            return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 || v != value ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        }

        public void Dispose()
        {
            if (_json is not null)
            {
                _json.WriteEndArray();
                _json.Dispose();
                _jsonStream!.Dispose();
            }

            _csv?.Dispose();
        }
    }
}
