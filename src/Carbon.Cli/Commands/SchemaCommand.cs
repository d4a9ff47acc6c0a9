using Carbon.Cli.Hosting;

namespace Carbon.Cli.Commands;

/// <summary><c>carbon schema [project|report]</c>: prints the embedded JSON Schema.</summary>
internal static class SchemaCommand
{
    public static int Run(CliEnvironment env, ParsedArguments args, Language l)
    {
        var which = args.Positionals.Count == 0 ? "project" : args.Positionals[0];
        var schema = which switch
        {
            "project" => CarbonSchemas.Project,
            "report" => CarbonSchemas.Report,
            _ => null,
        };
        if (schema is null || args.Positionals.Count > 1)
        {
            env.Error.WriteLine(l.T("Schema.Usage"));
            return ExitCodes.InvalidInput;
        }

        var error = OutputTarget.Write(env, args, l, schema);
        if (error is not null)
        {
            env.Error.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Ok;
    }
}
