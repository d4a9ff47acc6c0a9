using System.Runtime.CompilerServices;

namespace Carbon.Reliability.Tests.Support;

/// <summary>Paths in the repository, found from this source file's location (tests run from bin/).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Corpus(params string[] parts) => System.IO.Path.Combine([Root, "tests", "Carbon.Reliability.Tests", "Corpus", .. parts]);

    private static string FindRoot([CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(here)!);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Carbon.sln not found above " + here);
    }
}
