using System.Diagnostics;
using System.Text;

namespace Carbon.Cli.Tests.Support;

/// <summary>Runs the built <c>carbon</c> executable as a separate process, output piped, as a reviewer's script would.</summary>
internal static class CliProcess
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "carbon.exe" : "carbon");
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = CliRunner.RepoRoot(),
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("carbon did not finish within 120 s: " + string.Join(' ', args));
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
