using System.Globalization;
using System.Runtime.CompilerServices;
using Carbon.Cli;
using Carbon.Cli.Hosting;

namespace Carbon.Cli.Tests.Support;

/// <summary>Runs the console in-process with captured output, as a piped (non-terminal) process would.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args) => RunIn(RepoRoot(), args);

    public static (int Exit, string Out, string Error) RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CarbonCli.Run(args, new CliEnvironment(output, error, "en-US", IsTerminal: false, workingDirectory));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The repository root (the folder holding Carbon.sln), found from this source file's location.</summary>
    public static string RepoRoot([CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Carbon.sln not found above " + here);
    }
}
