using System.Reflection;

namespace Carbon.Packaging.Tests.Support;

/// <summary>Paths into the repository the tests run from, and the build configuration.</summary>
internal static class Repo
{
    /// <summary>The repository root (the folder holding Carbon.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in (Debug or Release).</summary>
    public static string Configuration { get; } =
        typeof(Repo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The build output folder of a test plugin under TestPlugins/.</summary>
    public static string TestPluginOutput(string name) =>
        Path.Combine(Root, "tests", "Carbon.Packaging.Tests", "TestPlugins", name, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Carbon.sln not found above " + AppContext.BaseDirectory);
    }
}
