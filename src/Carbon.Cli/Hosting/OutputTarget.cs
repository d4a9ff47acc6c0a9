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
            return l.T($"输出文件已存在：{outPath}。如需覆盖请加 --force。", $"The output file exists: {outPath}. Add --force to overwrite it.");
        }

        try
        {
            File.WriteAllText(full, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return l.T($"无法写入输出文件 {outPath}：{ex.Message}", $"Cannot write the output file {outPath}: {ex.Message}");
        }

        return null;
    }
}
