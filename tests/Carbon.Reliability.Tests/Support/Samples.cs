namespace Carbon.Reliability.Tests.Support;

/// <summary>The sample project files shipped in docs/samples.</summary>
internal static class Samples
{
    public static string Cement => Repo.Path("docs", "samples", "cement-clinker-5000tpd.json");

    public static string Lime => Repo.Path("docs", "samples", "lime-kiln-twin-shaft.json");

    public static string Concrete => Repo.Path("docs", "samples", "concrete-station.json");

    public static string Factory => Repo.Path("docs", "samples", "factory-energy.json");

    public static IReadOnlyList<string> All => [.. Directory.GetFiles(Repo.Path("docs", "samples"), "*.json").Order(StringComparer.Ordinal)];
}
