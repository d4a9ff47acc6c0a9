using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Carbon.Packaging.Tests.Support;
using Carbon.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Carbon.Packaging.Tests.EndToEnd;

/// <summary>
/// The path of a plugin author, end to end: Carbon.Sdk and Carbon.Sdk.Testing packed into a local feed; the sample
/// plugin (docs/samples/plugins/flat-glass, PackageReference only) built from it and passing the kit, then loaded by a
/// host from a plugins folder and assessed, in process and by the console (<c>carbon assess … --plugins</c>); the template installed from its folder, instantiated, built and tested.
/// </summary>
public sealed partial class PackagingEndToEndTests(LocalFeed feed, ITestOutputHelper output) : IClassFixture<LocalFeed>
{
    private const string Sample = "Sample.Carbon.FlatGlass";

    [Fact]
    public void The_sample_plugin_builds_from_the_packages_passes_the_kit_and_is_loaded_from_a_plugins_folder()
    {
        var watch = Stopwatch.StartNew();
        var copy = feed.Folder("flat-glass");
        TempDirectory.CopyDirectory(Path.Combine(Repo.Root, "docs", "samples", "plugins", "flat-glass"), copy);
        feed.WriteNuGetConfig(copy);

        var test = feed.Isolated.Run(copy, "test", Path.Combine("tests", Sample + ".Tests"), "-c", "Release", "-nodeReuse:false");
        Passed(test).Should().BeGreaterThanOrEqualTo(15, "the kit's 12 facts and the sample's own 3 tests run");
        output.WriteLine($"pack {feed.PackSeconds:F0} s; sample build and test {watch.Elapsed.TotalSeconds:F0} s");

        // The plugin's build output is a plugin folder as a host expects it: plugins/<name>/<name>.dll.
        var plugins = feed.Folder("plugins");
        TempDirectory.CopyDirectory(Path.Combine(copy, "src", Sample, "bin", "Release", "net10.0"), Path.Combine(plugins, Sample));
        var services = new ServiceCollection();
        services.AddCarbon().AddPluginsFrom(plugins);
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ICarbonEngine>();

        provider.GetRequiredService<PluginLoadReport>().Diagnostics.Should().BeEmpty();
        engine.Catalog.Plugins.Should().ContainSingle(p => p.Id == "flat-glass" && p.Version == "0.1.0");
        engine.Catalog.DataSets.Should().Contain(d => d.Id == "sample.flat-glass");
        var report = engine.Assess(File.ReadAllBytes(Path.Combine(copy, "project.json")));

        report.Diagnostics.Should().NotContain(d => d.Severity == "error");

        // Soda ash: 10 000 t × 0.99 × 1 × 0.415094 = 4 109.4306 t; dolomite: 20 000 t × 0.95 × 1 × 0.47732 = 9 069.08 t
        // (IPCC 2006 Table 2.1 [S], ghg-methods.md §1.1); together 13 178.5106 t CO2.
        report.Emissions!.Totals.Co2Tonnes.Should().BeApproximately(13_178.5106, 1e-9 * 13_178.5106);
        report.Emissions.Lines.Select(l => l.Activity).Should().Equal("flat-glass.carbonate-input", "flat-glass.carbonate-input");
        report.Facts.Should().ContainSingle(f => f.Key == "flat-glass.melting-capacity" && f.Origin == "flat-glass");
        report.Diagnostics.Where(d => d.Code == "FG0004").Should().HaveCount(2, "each single-source default is announced");

        // The console loads the same folder: carbon assess <project> --plugins <folder> --format json.
        var carbon = Path.Combine(Repo.Root, "src", "Carbon.Cli", "bin", Repo.Configuration, "net10.0", "carbon.dll");
        var json = feed.Isolated.Run(copy, carbon, "assess", "project.json", "--plugins", plugins, "--format", "json");
        using var document = JsonDocument.Parse(json);
        var totals = document.RootElement.GetProperty("emissions").GetProperty("totals");
        totals.GetProperty("co2Tonnes").GetDouble().Should().BeApproximately(13_178.5106, 1e-9 * 13_178.5106);
        document.RootElement.GetProperty("facts").EnumerateArray().Should().Contain(f => f.GetProperty("key").GetString() == "flat-glass.melting-capacity");
        output.WriteLine($"sample end to end, with the console {watch.Elapsed.TotalSeconds:F0} s");
    }

    [Fact]
    public void The_template_installs_from_its_folder_and_makes_a_plugin_that_builds_and_passes_the_kit()
    {
        var watch = Stopwatch.StartNew();
        var work = feed.Folder("template");
        var install = feed.Isolated.Run(work, "new", "install", Path.Combine(Repo.Root, "src", "Carbon.Templates", "content", "carbon-plugin"));
        install.Should().Contain("carbon-plugin");
        var glass = Path.Combine(work, "glass");
        feed.Isolated.Run(work, "new", "carbon-plugin", "-n", "Carbon.Plugins.Glass", "-o", glass);

        File.Exists(Path.Combine(glass, "Carbon.Plugins.Glass", "Carbon.Plugins.Glass.csproj")).Should().BeTrue();
        File.Exists(Path.Combine(glass, "Carbon.Plugins.Glass", "Data", "glass.json")).Should().BeTrue();
        File.Exists(Path.Combine(glass, "README.md")).Should().BeTrue();
        File.ReadAllText(Path.Combine(glass, "Carbon.Plugins.Glass", "GlassPlugin.cs")).Should().Contain("public const string Id = \"glass\";");
        File.ReadAllText(Path.Combine(glass, "Carbon.Plugins.Glass", "Carbon.Plugins.Glass.csproj")).Should()
            .Contain("""<PackageReference Include="Carbon.Sdk" Version="0.2.0" />""");

        feed.WriteNuGetConfig(glass);
        var test = feed.Isolated.Run(glass, "test", "Carbon.Plugins.Glass.Tests", "-c", "Release", "-nodeReuse:false");
        Passed(test).Should().Be(12, "the kit's 12 facts run against the new plugin");
        output.WriteLine($"template install, instantiate, build and test {watch.Elapsed.TotalSeconds:F0} s");
    }

    private static int Passed(string testOutput)
    {
        var match = SummaryPattern().Match(testOutput);
        match.Success.Should().BeTrue("dotnet test prints a summary:\n" + testOutput);
        int.Parse(match.Groups["failed"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(0, testOutput);
        return int.Parse(match.Groups["passed"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+)")]
    private static partial Regex SummaryPattern();
}
