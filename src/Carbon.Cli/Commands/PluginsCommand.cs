using System.Globalization;
using Carbon.Cli.Hosting;
using Spectre.Console;

namespace Carbon.Cli.Commands;

/// <summary><c>carbon plugins</c>: what is loaded (versions, SDK ranges, methodologies, activity kinds) and load diagnostics.</summary>
internal static class PluginsCommand
{
    public static int Run(CliEnvironment env, ParsedArguments args, Language l, Func<ICarbonEngine> engineFactory)
    {
        var catalog = engineFactory().Catalog;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = (env with { Out = writer }).CreateConsole();
        var table = new Table { Border = TableBorder.Square, Title = new TableTitle(l.T("Label.LoadedPlugins")) };
        foreach (var c in new[] { "id", l.T("Label.Version"), l.T("Label.Name"), l.T("Label.SDKRange"), l.T("Label.Methodologies"), l.T("Label.ActivityKinds") })
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var p in catalog.Plugins)
        {
            var kinds = catalog.ActivityKinds.Where(k => k.Kind.StartsWith(p.Id + ".", StringComparison.Ordinal)).Select(k => k.Kind);
            var methods = p.Methodologies.Select(m => m.Id + (m.Id == p.DefaultMethodology ? "*" : string.Empty));
            table.AddRow(new Text(p.Id), new Text(p.Version), new Text(l.Text(p.Name)), new Text(p.SdkRange), new Text(string.Join(", ", methods)), new Text(string.Join(", ", kinds)));
        }

        console.Write(table);
        console.WriteLine(l.T("Label.DefaultMethodology"));
        if (catalog.Diagnostics.Length > 0)
        {
            var diagnostics = new Table { Border = TableBorder.Square, Title = new TableTitle(l.T("Label.LoadDiagnostics")) };
            diagnostics.AddColumn(new TableColumn(new Text(l.T("Label.Code"))));
            diagnostics.AddColumn(new TableColumn(new Text(l.T("Label.Message"))));
            foreach (var d in catalog.Diagnostics)
            {
                diagnostics.AddRow(new Text(d.Code), new Text(l.Text(d.Message)));
            }

            console.Write(diagnostics);
        }

        env.Out.Write(writer.ToString());
        return catalog.Diagnostics.Length > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
