using System.Globalization;
using System.Text;
using Carbon.Cli.Hosting;
using Carbon.Sdk.Activities;

namespace Carbon.Cli.Commands;

/// <summary>
/// <c>carbon init --sector &lt;cement|lime|concrete|livestock&gt;</c>: writes a starter project file — the sector's bundled
/// sample, preceded by comments that document every activity kind and parameter of the sector's plugin, so the file
/// both validates as it stands and says what each value means.
/// </summary>
internal static class InitCommand
{
    private static readonly string[] Sectors = ["cement", "lime", "concrete", "livestock"];

    public static int Run(CliEnvironment env, ParsedArguments args, Language l)
    {
        var sector = args.Value("--sector");
        if (sector is null || !Sectors.Contains(sector, StringComparer.Ordinal) || args.Positionals.Count > 0)
        {
            env.Error.WriteLine(l.T("Init.Usage"));
            return ExitCodes.InvalidInput;
        }

        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream($"Carbon.Cli.Starters.{sector}.json");
        if (stream is null)
        {
            env.Error.WriteLine(l.F("Init.NoStarter", sector));
            return ExitCodes.InvalidInput;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sample = reader.ReadToEnd();
        var engine = EngineFactory.Create(null);
        var header = new StringBuilder();
        header.AppendLine(l.F("Init.Header", sector));
        header.AppendLine(l.T("Init.QuantitySyntax"));
        header.AppendLine(l.T("Init.EnergyCarriersPrefix") + string.Join(", ", engine.Catalog.Carriers.Carriers.Select(c => c.Id)));
        foreach (var kind in engine.Catalog.ActivityKinds.Where(k => k.Kind.StartsWith(sector + ".", StringComparison.Ordinal)))
        {
            header.AppendLine("//");
            header.AppendLine(CultureInfo.InvariantCulture, $"// {kind.Kind} — {l.Text(kind.Name)}; amount: {kind.AmountUnit}");
            header.AppendLine("//   " + OneLine(l.Text(kind.Description)));
            foreach (var p in kind.Parameters)
            {
                var type = p.Type switch
                {
                    ParameterType.Quantity => p.Unit ?? "quantity",
                    ParameterType.Choice or ParameterType.Shares => string.Join(" | ", p.AllowedValues),
                    _ => p.Type.ToString().ToLowerInvariant(),
                };
                header.AppendLine(CultureInfo.InvariantCulture, $"//   - {p.Name}{(p.Required ? l.T("Init.Required") : string.Empty)} [{type}]: {OneLine(l.Text(p.Description))}");
            }
        }

        var error = OutputTarget.Write(env, args, l, header + sample);
        if (error is not null)
        {
            env.Error.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Ok;
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
