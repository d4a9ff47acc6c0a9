using System.Text;

namespace Carbon.Cli.Hosting;

/// <summary>Where a command writes its result: standard output, or a file named by --out (never overwritten without --force).</summary>
internal static class OutputTarget
{
    /// <summary>Writes <paramref name="content"/> to --out or to standard output; returns an error text or null.</summary>
    public static string? Write(CliEnvironment env, ParsedArguments args, Language l, string content)
    {
        var outPath = args.Value("--out");
        if (outPath is null)
        {
            env.Out.Write(content);
            return null;
        }

        var full = env.Resolve(outPath);
        if (File.Exists(full) && !args.Has("--force"))
        {
            return l.F("Output.Exists", outPath);
        }

        try
        {
            File.WriteAllText(full, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return l.F("Output.CannotWrite", outPath, ex.Message);
        }

        return null;
    }
}
