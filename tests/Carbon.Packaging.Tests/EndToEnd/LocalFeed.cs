using System.Diagnostics;
using Carbon.Packaging.Tests.Support;

namespace Carbon.Packaging.Tests.EndToEnd;

/// <summary>
/// A temporary local feed with freshly packed Carbon.Sdk and Carbon.Sdk.Testing 0.2.0, built in Release into a
/// temporary artifacts folder (the repository's own bin and obj are not touched), and a runner whose NuGet packages
/// folder and CLI home are temporary too, so no stale package and no installed template outlive the run.
/// Everything is deleted on dispose.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    private readonly TempDirectory _root = new("carbon-e2e");

    public LocalFeed()
    {
        Feed = _root.Combine("feed");
        var machine = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        MachinePackages = Directory.Exists(machine) ? machine : null;

        // Packing restores the repository's projects: with the machine's packages folder, as any build there does.
        var packer = new DotNet(machine, _root.Combine("cli-home"));
        Isolated = new DotNet(_root.Combine("nuget-packages"), _root.Combine("cli-home"));
        var watch = Stopwatch.StartNew();
        foreach (var project in new[] { "src/Carbon.Sdk/Carbon.Sdk.csproj", "src/Carbon.Sdk.Testing/Carbon.Sdk.Testing.csproj" })
        {
            packer.Run(Repo.Root, "pack", project, "-c", "Release", "-o", Feed, "-nodeReuse:false",
                "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + _root.Combine("artifacts"));
        }

        PackSeconds = watch.Elapsed.TotalSeconds;
    }

    /// <summary>The feed folder.</summary>
    public string Feed { get; }

    /// <summary>The machine's NuGet packages folder, offered read-only as a source for third-party packages, or null.</summary>
    public string? MachinePackages { get; }

    /// <summary>A runner with a temporary NuGet packages folder and CLI home.</summary>
    internal DotNet Isolated { get; }

    /// <summary>How long packing took.</summary>
    public double PackSeconds { get; }

    /// <summary>A new folder under the feed's temporary root.</summary>
    public string Folder(string name)
    {
        var path = _root.Combine(name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Writes a nuget.config that takes Carbon.* from the feed only (package source mapping) and everything else from
    /// the machine's packages folder or nuget.org (the default source).
    /// </summary>
    public void WriteNuGetConfig(string folder)
    {
        var machine = MachinePackages is null ? string.Empty : $"""<add key="machine-packages" value="{MachinePackages}" />""";
        var machineMapping = MachinePackages is null ? string.Empty : """<packageSource key="machine-packages"><package pattern="*" /></packageSource>""";
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="carbon-feed" value="{Feed}" />
                {machine}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="carbon-feed"><package pattern="Carbon.*" /></packageSource>
                {machineMapping}
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    public void Dispose() => _root.Dispose();
}
