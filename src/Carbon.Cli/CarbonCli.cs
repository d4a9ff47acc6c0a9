using System.Reflection;
using Carbon.Cli.Commands;
using Carbon.Cli.Hosting;

namespace Carbon.Cli;

/// <summary>The <c>carbon</c> console: parses arguments, runs a command, maps the outcome to an exit code.</summary>
internal static class CarbonCli
{
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "--format", "--lang", "--out", "--plugins", "--sector", "--dataset", "--parallel", "--zoning" };
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--help", "--explain", "--force", "--version", "--advisory" };

    public static int Run(IReadOnlyList<string> args, CliEnvironment env, Func<ICarbonEngine>? engineFactory = null)
    {
        var langOption = FindLang(args);
        var l = Language.From(langOption, env.UiCulture);
        if (langOption is not null && langOption is not ("zh" or "en" or "zh-CN" or "en-US"))
        {
            env.Error.WriteLine(l.F("Cli.UnsupportedLanguage", langOption));
            return ExitCodes.InvalidInput;
        }

        var parsed = ParsedArguments.Parse(args, Valued, Flags, out var bad);
        if (parsed is null)
        {
            env.Error.WriteLine(l.F("Cli.UnknownOption", bad));
            return ExitCodes.InvalidInput;
        }

        if (parsed.Has("--version"))
        {
            env.Out.WriteLine("carbon " + (typeof(CarbonCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0"));
            return ExitCodes.Ok;
        }

        if (parsed.Command is null || parsed.Has("--help") || parsed.Command == "help")
        {
            env.Out.Write(HelpText.For(parsed.Command == "help" ? (parsed.Positionals.Count > 0 ? parsed.Positionals[0] : null) : parsed.Command, l));
            return parsed.Command is null && !parsed.Has("--help") ? ExitCodes.InvalidInput : ExitCodes.Ok;
        }

        var pluginsFolder = parsed.Value("--plugins");
        if (pluginsFolder is not null && !Directory.Exists(env.Resolve(pluginsFolder)))
        {
            env.Error.WriteLine(l.F("Cli.PluginsFolderNotFound", pluginsFolder));
            return ExitCodes.InvalidInput;
        }

        var factory = engineFactory ?? (() => EngineFactory.Create(pluginsFolder is null ? null : env.Resolve(pluginsFolder)));
        try
        {
            return parsed.Command switch
            {
                "assess" => AssessCommand.Run(env, parsed, l, factory, diagnosticsOnly: false),
                "validate" => AssessCommand.Run(env, parsed, l, factory, diagnosticsOnly: true),
                "review" => AssessCommand.Run(env, parsed, l, factory, diagnosticsOnly: false, reviewOnly: true),
                "check" => AssessCommand.Run(env, parsed, l, factory, diagnosticsOnly: false, zoningOnly: true),
                "schema" => SchemaCommand.Run(env, parsed, l),
                "factors" => FactorsCommand.Run(env, parsed, l, factory),
                "plugins" => PluginsCommand.Run(env, parsed, l, factory),
                "init" => InitCommand.Run(env, parsed, l),
                "batch" => BatchCommand.Run(env, parsed, l, factory),
                _ => Unknown(env, parsed.Command, l),
            };
        }
#pragma warning disable CA1031 // The console's last line of defence: an internal error is reported, never a stack trace dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            env.Error.WriteLine(l.F("Cli.InternalError", ex.GetType().Name, ex.Message));
            return ExitCodes.InternalError;
        }
    }

    private static int Unknown(CliEnvironment env, string command, Language l)
    {
        env.Error.WriteLine(l.F("Cli.UnknownCommand", command));
        return ExitCodes.InvalidInput;
    }

    private static string? FindLang(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return args[i]["--lang=".Length..];
            }
        }

        return null;
    }
}
