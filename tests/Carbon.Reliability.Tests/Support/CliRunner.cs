using System.Globalization;
using Carbon.Cli;
using Carbon.Cli.Hosting;

namespace Carbon.Reliability.Tests.Support;

/// <summary>Runs the console in-process with captured output, as a piped (non-terminal) process would.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CarbonCli.Run(args, new CliEnvironment(output, error, "en-US", IsTerminal: false, workingDirectory), () => Engines.Shared);
        return (exit, output.ToString(), error.ToString());
    }
}
