using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Carbon.Cli.Hosting;
using Carbon.Reporting;
using Carbon.Cli.Rendering;
using Carbon.Sdk.Factors;
using Spectre.Console;

namespace Carbon.Cli.Commands;

/// <summary><c>carbon factors [list|show &lt;id&gt;|search &lt;text&gt;]</c>: the loaded data with sources and status.</summary>
internal static class FactorsCommand
{
    public static int Run(CliEnvironment env, ParsedArguments args, Language l, Func<ICarbonEngine> engineFactory)
    {
        var action = args.Positionals.Count == 0 ? "list" : args.Positionals[0];
        var engine = engineFactory();
        var dataSetFilter = args.Value("--dataset");
        IEnumerable<FactorRecord> records = engine.Catalog.DataSets
            .Where(d => dataSetFilter is null || d.Id == dataSetFilter)
            .SelectMany(d => d.Records);
        switch (action)
        {
            case "list" when args.Positionals.Count <= 1:
                break;
            case "show" when args.Positionals.Count == 2:
                records = records.Where(r => r.Id == args.Positionals[1]);
                break;
            case "search" when args.Positionals.Count == 2:
                var text = args.Positionals[1];
                records = records.Where(r => Matches(r, text));
                break;
            default:
                env.Error.WriteLine(l.T("Factors.Usage"));
                return ExitCodes.InvalidInput;
        }

        var list = records.ToList();
        if (dataSetFilter is not null && !engine.Catalog.DataSets.Any(d => d.Id == dataSetFilter))
        {
            env.Error.WriteLine(l.F("Factors.NoDataSet", dataSetFilter));
            return ExitCodes.InvalidInput;
        }

        if (action == "show" && list.Count == 0)
        {
            env.Error.WriteLine(l.F("Factors.NoRecord", args.Positionals[1]));
            return ExitCodes.InvalidInput;
        }

        string content;
        if (args.Value("--format") == "json")
        {
            content = Json(list);
        }
        else
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var console = (env with { Out = writer }).CreateConsole();
            if (action == "show")
            {
                Show(list[0], l, console);
            }
            else
            {
                var table = new Table { Border = TableBorder.Square };
                table.AddColumn(new TableColumn(new Text("id")));
                table.AddColumn(new TableColumn(new Text(l.T("Label.Value"))).RightAligned());
                table.AddColumn(new TableColumn(new Text(l.T("Label.Unit"))));
                table.AddColumn(new TableColumn(new Text(l.T("Label.Status"))));
                table.AddColumn(new TableColumn(new Text(l.T("Label.DataSet"))));
                foreach (var r in list)
                {
                    table.AddRow(new Text(r.Id), new Text(Invariant(r.Value)), new Text(r.Unit), new Text(ReportLabels.Status(r.Status.ToName(), l.Report)), new Text(r.DataSet + "@" + r.DataSetVersion));
                }

                console.Write(table);
                console.WriteLine(l.F("Factors.Count", list.Count));
            }

            content = writer.ToString();
        }

        var error = OutputTarget.Write(env, args, l, content);
        if (error is not null)
        {
            env.Error.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Ok;
    }

    private static bool Matches(FactorRecord r, string text) =>
        r.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || r.Subject.Contains(text, StringComparison.OrdinalIgnoreCase)
        || r.Parameter.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (r.Note?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || r.Source.Document.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static void Show(FactorRecord r, Language l, IAnsiConsole console)
    {
        var grid = new Table { Border = TableBorder.Square, ShowHeaders = false };
        grid.AddColumn(new TableColumn(new Text(string.Empty)));
        grid.AddColumn(new TableColumn(new Text(string.Empty)));
        void Row(string field, string? value)
        {
            if (value is not null)
            {
                grid.AddRow(new Text(l.T("Factors.Field." + field)), new Text(value));
            }
        }

        Row("Id", r.Id);
        Row("Subject", r.Subject);
        Row("Parameter", r.Parameter);
        Row("Value", Invariant(r.Value) + " " + r.Unit);
        Row("Gas", r.Gas?.ToString());
        Row("Region", r.Region);
        Row("Year", r.Year?.ToString(CultureInfo.InvariantCulture));
        Row("Variant", r.Variant);
        Row("ValidFrom", r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row("ValidTo", r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row("Status", ReportLabels.Status(r.Status.ToName(), l.Report));
        Row("Source", r.Source.Document);
        Row("Clause", r.Source.Clause);
        Row("Edition", r.Source.Edition);
        Row("Url", r.Source.Url);
        Row("Note", r.Note);
        Row("DataSet", r.DataSet + "@" + r.DataSetVersion);
        console.Write(grid);
    }

    private static string Json(List<FactorRecord> records)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var r in records)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("dataSet", r.DataSet);
                w.WriteString("dataSetVersion", r.DataSetVersion);
                w.WriteString("subject", r.Subject);
                w.WriteString("parameter", r.Parameter);
                w.WriteNumber("value", r.Value);
                w.WriteString("unit", r.Unit);
                WriteOptional(w, "gas", r.Gas?.ToString());
                WriteOptional(w, "region", r.Region);
                if (r.Year is { } year)
                {
                    w.WriteNumber("year", year);
                }

                WriteOptional(w, "variant", r.Variant);
                w.WriteString("status", r.Status.ToName());
                w.WriteStartObject("source");
                w.WriteString("document", r.Source.Document);
                WriteOptional(w, "clause", r.Source.Clause);
                WriteOptional(w, "url", r.Source.Url);
                WriteOptional(w, "edition", r.Source.Edition);
                w.WriteEndObject();
                WriteOptional(w, "note", r.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
