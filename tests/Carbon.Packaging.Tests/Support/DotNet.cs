using System.Diagnostics;
using System.Text;

namespace Carbon.Packaging.Tests.Support;

/// <summary>
/// Runs the dotnet CLI in a child process with an isolated environment: its own NuGet packages folder (so no stale
/// 0.1.0 package leaks in from the machine's cache), its own CLI home (so templates installed here never reach the
/// machine's template list), no MSBuild node reuse (so nothing is left running), and none of the MSBuild variables of
/// the test host. Returns the standard output; fails with the whole output (standard error too) when the command fails
/// or runs past its time limit.
/// </summary>
internal sealed class DotNet(string nugetPackages, string cliHome)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["DOTNET_CLI_HOME"] = cliHome;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";

        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            Append(standardOutput, e.Data);
        };
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} ran past {Limit}:\n  | " + output.ToString().Replace("\n", "\n  | ", StringComparison.Ordinal));
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            // Indented, so that the child's own test summary cannot be mistaken for this run's (.ci/run counts them).
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with exit code {process.ExitCode} after {watch.Elapsed.TotalSeconds:F0} s:\n  | " + output.ToString().Replace("\n", "\n  | ", StringComparison.Ordinal));
        }

        return standardOutput.ToString();
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
