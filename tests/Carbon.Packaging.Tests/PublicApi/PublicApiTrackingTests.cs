using System.Text.Json;
using Carbon.Packaging.Tests.Support;

namespace Carbon.Packaging.Tests.PublicApi;

/// <summary>
/// Every packable Carbon library tracks its public API (docs/plugins.md#public-api): MSBuild's own evaluation of each
/// project, for each target framework, must show the Microsoft.CodeAnalysis.PublicApiAnalyzers package referenced
/// privately, its build targets feeding PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt to the compiler, and
/// RS0016/RS0017 as errors; and the files must exist, start with <c>#nullable enable</c> and hold the baseline.
/// Removing the reference, the files or the error setting from any library fails this test.
/// </summary>
public sealed class PublicApiTrackingTests
{
    private const string Analyzer = "Microsoft.CodeAnalysis.PublicApiAnalyzers";

    /// <summary>The packable libraries (CarbonLibrary=true), relative to the repository root.</summary>
    private static readonly string[] Libraries =
    [
        "src/Carbon.Sdk/Carbon.Sdk.csproj",
        "src/Carbon.Core/Carbon.Core.csproj",
        "src/Carbon.Reporting/Carbon.Reporting.csproj",
        "src/Carbon.Sdk.Testing/Carbon.Sdk.Testing.csproj",
        "plugins/Carbon.Plugins.Cement/Carbon.Plugins.Cement.csproj",
        "plugins/Carbon.Plugins.Concrete/Carbon.Plugins.Concrete.csproj",
        "plugins/Carbon.Plugins.Lime/Carbon.Plugins.Lime.csproj",
        "plugins/Carbon.Plugins.Livestock/Carbon.Plugins.Livestock.csproj",
    ];

    /// <summary>Packable projects that are not libraries: the console tool and the template pack ship no API to track.</summary>
    private static readonly string[] PackableNonLibraries =
    [
        "src/Carbon.Cli/Carbon.Cli.csproj",
        "src/Carbon.Templates/Carbon.Templates.csproj",
    ];

    [Fact]
    public void Every_packable_project_under_src_and_plugins_is_a_tracked_library_or_a_known_non_library()
    {
        var projects = Directory.GetFiles(Path.Combine(Repo.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "plugins"), "*.csproj", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/content/", StringComparison.Ordinal)) // the template's own projects are content
            .Order(StringComparer.Ordinal)
            .ToList();

        var packable = new List<string>();
        var libraries = new List<string>();
        foreach (var project in projects)
        {
            var e = Evaluate(project, targetFramework: null);
            if (e.Property("IsPackable") == "true")
            {
                packable.Add(project);
            }

            if (e.Property("CarbonLibrary") == "true")
            {
                libraries.Add(project);
            }
        }

        libraries.Should().BeEquivalentTo(Libraries, "every library named in this test is evaluated as CarbonLibrary, and no other");
        packable.Should().BeEquivalentTo(Libraries.Concat(PackableNonLibraries),
            "a new packable library must set <CarbonLibrary>true</CarbonLibrary> so that its public API is tracked");
    }

    public static TheoryData<string, string> LibrariesAndFrameworks()
    {
        var data = new TheoryData<string, string>();
        foreach (var library in Libraries)
        {
            data.Add(library, "net8.0");
            data.Add(library, "net10.0");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibrariesAndFrameworks))]
    public void The_analyzer_is_referenced_and_fed_both_files_with_RS0016_and_RS0017_as_errors(string project, string targetFramework)
    {
        var e = Evaluate(project, targetFramework);

        e.Property("TargetFrameworks").Split(';').Should().Contain(targetFramework);

        var reference = e.Items("PackageReference").Where(i => i.GetProperty("Identity").GetString() == Analyzer).ToList();
        reference.Should().ContainSingle($"{project} must reference {Analyzer}");
        reference[0].GetProperty("PrivateAssets").GetString().Should().BeEquivalentTo("all", "the analyzer must not flow to the package's consumers");

        // The package's own build targets add the files; that they do proves the package was restored for this framework.
        var files = e.Items("AdditionalFiles")
            .Where(i => i.GetProperty("DefiningProjectName").GetString() == Analyzer)
            .Select(i => i.GetProperty("FullPath").GetString())
            .ToList();
        var directory = Path.GetDirectoryName(Path.Combine(Repo.Root, project))!;
        files.Should().BeEquivalentTo([Path.Combine(directory, "PublicAPI.Shipped.txt"), Path.Combine(directory, "PublicAPI.Unshipped.txt")]);

        e.Property("WarningsAsErrors").Split(';', StringSplitOptions.TrimEntries).Should().Contain(["RS0016", "RS0017"]);
    }

    [Theory]
    [MemberData(nameof(LibraryData))]
    public void Both_files_declare_nullable_annotations_and_the_shipped_one_holds_the_baseline(string project)
    {
        var directory = Path.GetDirectoryName(Path.Combine(Repo.Root, project))!;
        var shipped = File.ReadAllLines(Path.Combine(directory, "PublicAPI.Shipped.txt"));
        var unshipped = File.ReadAllLines(Path.Combine(directory, "PublicAPI.Unshipped.txt"));

        shipped.Should().NotBeEmpty().And.Subject.First().Should().Be("#nullable enable");
        unshipped.Should().NotBeEmpty().And.Subject.First().Should().Be("#nullable enable");

        var shippedApi = shipped.Skip(1).Where(l => l.Length > 0).ToList();
        shippedApi.Should().NotBeEmpty("every library has a public surface, recorded as the 0.1.0 baseline");
        shippedApi.Should().OnlyHaveUniqueItems();
        shippedApi.Intersect(unshipped.Skip(1), StringComparer.Ordinal).Should().BeEmpty("a symbol is either shipped or unshipped");

        // The plugin entry point of each library is in its baseline (a sanity check that the file is this library's).
        var rootNamespace = Path.GetFileNameWithoutExtension(project) switch
        {
            "Carbon.Core" or "Carbon.Reporting" => "Carbon.",
            var name => name + ".",
        };
        shippedApi.Should().OnlyContain(l => l.Contains(rootNamespace, StringComparison.Ordinal));
    }

    public static TheoryData<string> LibraryData() => [.. Libraries];

    [Fact]
    public void The_sdk_baseline_contains_its_contract()
    {
        var shipped = File.ReadAllLines(Path.Combine(Repo.Root, "src", "Carbon.Sdk", "PublicAPI.Shipped.txt"));
        shipped.Should().Contain(
        [
            "Carbon.Sdk.Plugins.ISectorPlugin",
            "Carbon.Sdk.Plugins.SdkVersionRange",
            "static Carbon.Sdk.Plugins.SdkVersionRange.Parse(string! text) -> Carbon.Sdk.Plugins.SdkVersionRange!",
            "Carbon.Sdk.Plugins.SdkVersionRange.Contains(System.Version! version) -> bool",
        ]);
    }

    private static Evaluation Evaluate(string project, string? targetFramework)
    {
        using var home = new TempDirectory("carbon-api-eval");
        var machine = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var dotnet = new DotNet(machine, home.Path);
        List<string> arguments =
        [
            "msbuild", project, "-nologo", "-nodeReuse:false",
            "-getProperty:CarbonLibrary", "-getProperty:IsPackable", "-getProperty:TargetFrameworks", "-getProperty:WarningsAsErrors",
            "-getItem:PackageReference", "-getItem:AdditionalFiles",
        ];
        if (targetFramework is not null)
        {
            arguments.Add("-p:TargetFramework=" + targetFramework);
        }

        var json = dotnet.Run(Repo.Root, [.. arguments]);
        return new Evaluation(JsonDocument.Parse(json).RootElement.Clone());
    }

    private sealed record Evaluation(JsonElement Root)
    {
        public string Property(string name) =>
            Root.GetProperty("Properties").TryGetProperty(name, out var p) ? p.GetString() ?? string.Empty : string.Empty;

        public List<JsonElement> Items(string name) =>
            Root.GetProperty("Items").TryGetProperty(name, out var items) ? [.. items.EnumerateArray()] : [];
    }
}
