using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Core.Tests.Zoning;

/// <summary>The real engine built the way hosts build it, and the paths of the zoning samples.</summary>
internal static class ZoningTestEngine
{
    private static readonly Lazy<ICarbonEngine> Instance = new(() =>
        new ServiceCollection().AddCarbon().Services.BuildServiceProvider().GetRequiredService<ICarbonEngine>());

    public static ICarbonEngine Engine => Instance.Value;

    public static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "docs", "samples", "zoning", file);
    }
}
