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
            env.Error.WriteLine(l.T("用法：carbon init --sector <cement|lime|concrete|livestock> [--out <文件>]", "Usage: carbon init --sector <cement|lime|concrete|livestock> [--out <file>]"));
            return ExitCodes.InvalidInput;
        }

        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream($"Carbon.Cli.Starters.{sector}.json");
        if (stream is null)
        {
            env.Error.WriteLine(l.T($"此版本没有“{sector}”的起始文件。", $"This version has no starter file for '{sector}'."));
            return ExitCodes.InvalidInput;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sample = reader.ReadToEnd();
        var engine = EngineFactory.Create(null);
        var header = new StringBuilder();
        header.AppendLine(l.T(
            $"// Carbon 项目文件（schemaVersion 1）起始模板：{sector}。说明见 docs/project-file.md；carbon validate <文件> 检查。",
            $"// Carbon project file (schemaVersion 1), starter for {sector}. See docs/project-file.md; check with carbon validate <file>."));
        header.AppendLine(l.T("// 数量写成“数值 + 单位”，可用“万”“亿”，例如 \"155万 t\"、\"9300万 kWh\"。", "// Write quantities as a number and a unit, optionally with 万 or 亿, e.g. \"155万 t\", \"9300万 kWh\"."));
        header.AppendLine(l.T("// 能源品种：", "// Energy carriers: ") + string.Join(", ", engine.Catalog.Carriers.Carriers.Select(c => c.Id)));
        foreach (var kind in engine.Catalog.ActivityKinds.Where(k => k.Kind.StartsWith(sector + ".", StringComparison.Ordinal)))
        {
            header.AppendLine("//");
            header.AppendLine(CultureInfo.InvariantCulture, $"// {kind.Kind} — {l.T(kind.Name.Zh, kind.Name.En)}; amount: {kind.AmountUnit}");
            header.AppendLine("//   " + OneLine(l.T(kind.Description.Zh, kind.Description.En)));
            foreach (var p in kind.Parameters)
            {
                var type = p.Type switch
                {
                    ParameterType.Quantity => p.Unit ?? "quantity",
                    ParameterType.Choice or ParameterType.Shares => string.Join(" | ", p.AllowedValues),
                    _ => p.Type.ToString().ToLowerInvariant(),
                };
                header.AppendLine(CultureInfo.InvariantCulture, $"//   - {p.Name}{(p.Required ? l.T("（必填）", " (required)") : string.Empty)} [{type}]: {OneLine(l.T(p.Description.Zh, p.Description.En))}");
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
