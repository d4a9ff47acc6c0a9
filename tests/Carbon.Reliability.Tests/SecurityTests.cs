using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using Carbon.Zoning;

namespace Carbon.Reliability.Tests;

/// <summary>
/// The threat model of docs/security.md: a project file cannot make Carbon read other files, reach the network or run
/// code; a zoning pack reads only files inside its folder; plugins are loaded only from folders the user names; and
/// output files are never overwritten without --force.
/// </summary>
public class SecurityTests
{
    private static readonly string[] NoIoAssemblies = ["Carbon.Sdk", "Carbon.Plugins.Cement", "Carbon.Plugins.Lime", "Carbon.Plugins.Concrete", "Carbon.Plugins.Livestock"];

    private static readonly string[] AllCarbonAssemblies = ["Carbon.Sdk", "Carbon.Core", "Carbon.Reporting", "Carbon.Plugins.Cement", "Carbon.Plugins.Lime", "Carbon.Plugins.Concrete", "Carbon.Plugins.Livestock"];

    [Theory]
    [MemberData(nameof(SdkAndPlugins))]
    public void The_SDK_and_the_bundled_plugins_reference_no_file_network_process_or_assembly_loading_API(string assembly)
    {
        var referenced = ReferencedMembers(assembly);

        referenced.Where(r => r.StartsWith("System.IO.File", StringComparison.Ordinal) || r.StartsWith("System.IO.Directory", StringComparison.Ordinal)
            || r.StartsWith("System.Net.", StringComparison.Ordinal) || r.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal)
            || r.StartsWith("System.Reflection.Assembly::Load", StringComparison.Ordinal) || r.StartsWith("System.Runtime.Loader.", StringComparison.Ordinal)
            || r.StartsWith("System.Activator::CreateInstance", StringComparison.Ordinal))
            .Should().BeEmpty($"{assembly} computes from its inputs and its embedded data only");
    }

    public static TheoryData<string> SdkAndPlugins() => [.. NoIoAssemblies];

    public static TheoryData<string> AllAssemblies() => [.. AllCarbonAssemblies];

    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void No_Carbon_assembly_references_a_network_or_process_API(string assembly)
    {
        ReferencedMembers(assembly).Where(r => r.StartsWith("System.Net.", StringComparison.Ordinal) || r.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal))
            .Should().BeEmpty("Carbon has no network access at run time and starts no process");
    }

    [Fact]
    public void Paths_and_URLs_in_a_project_file_are_never_followed()
    {
        using var temp = new TempFolder();
        var secret = temp.File("secret.json");
        const string marker = "SECRET-MARKER-7f3a";
        File.WriteAllText(secret, $$$"""{"schemaVersion":"1","id":"{{{marker}}}","name":{"zh":"{{{marker}}}","en":"{{{marker}}}"},"nature":"new","reportingYear":2025}""");
        var uri = new Uri(secret).AbsoluteUri;
        var json = $$$$"""
            {"$schema":"{{{{uri}}}}","schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,
             "notes":"{{{{secret}}}}","$ref":"{{{{uri}}}}","include":"{{{{secret}}}}",
             "location":{"type":"Point","coordinates":[112.9,28.2],"crs":{"type":"link","properties":{"href":"{{{{uri}}}}","type":"geojson"}}},
             "energy":[{"carrier":"coal.raw","amount":"1 t","label":"{{{{secret}}}}","stage":"http://169.254.169.254/latest/meta-data/"}],
             "activities":[{"kind":"concrete.ready-mix","amount":"1 m³","parameters":{"embodied":{"cementPerM3":"300 kg","others":[{"name":"{{{{secret}}}}","perM3":"1 kg","factor":"0.1 tCO2e/t","source":"{{{{uri}}}}"}]}}}],
             "options":{"equalValue":[{"carrier":"electricity","coefficient":"0.3 kgce/kWh","source":"{{{{uri}}}}"}]},
             "facts":{"site.file":"{{{{secret}}}}","site.url":"{{{{uri}}}}"}}
            """;

        var report = Engines.Shared.Assess(Encoding.UTF8.GetBytes(json));
        var text = ReportJson.Serialize(report);

        text.Should().NotContain(marker, "nothing the project names is opened");
        report.Emissions.Should().NotBeNull("the paths are plain text to Carbon: the project is assessed");
    }

    [Fact]
    public void A_project_file_cannot_name_a_plugins_folder()
    {
        var report = Engines.Shared.Assess(Encoding.UTF8.GetBytes("""
            {"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,"plugins":"/tmp","options":{"plugins":"/tmp"}}
            """));

        report.Diagnostics.Where(d => d.Code == "CB1005").Select(d => d.Path).Should().BeEquivalentTo(["/plugins", "/options/plugins"]);
        report.Diagnostics.Should().NotContain(d => d.Code.StartsWith("CB70", StringComparison.Ordinal));
    }

    [Fact]
    public void An_engine_built_without_a_plugins_folder_loads_nothing_from_disk()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("plugins"));
        File.WriteAllBytes(temp.File(Path.Combine("plugins", "Evil.dll")), File.ReadAllBytes(typeof(SecurityTests).Assembly.Location));
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = temp.Path;
            var engine = Engines.Create();

            engine.Catalog.Plugins.Select(p => p.Id).Should().BeEquivalentTo(["cement", "lime", "concrete", "livestock"]);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    public static TheoryData<string> OutsidePaths() =>
    [
        "../outside.geojson",
        "sub/../../outside.geojson",
        "/etc/passwd",
        "~/outside.geojson",
        "C:/Windows/win.ini",
        "..\\outside.geojson",
        "link-to-outside.geojson",
        "linked-folder/outside.geojson",
    ];

    [Theory]
    [MemberData(nameof(OutsidePaths))]
    public void A_zoning_pack_cannot_make_Carbon_read_a_file_outside_its_folder(string file)
    {
        using var temp = new TempFolder();
        var outside = temp.File("outside.geojson");
        File.WriteAllText(outside, """{"type":"FeatureCollection","features":[]}""");
        var pack = Directory.CreateDirectory(temp.File("pack")).FullName;
        File.CreateSymbolicLink(Path.Combine(pack, "link-to-outside.geojson"), outside);
        Directory.CreateSymbolicLink(Path.Combine(pack, "linked-folder"), temp.Path);
        File.WriteAllText(Path.Combine(pack, "pack.json"), PackWithLayer(file));

        var result = ZoningPackLoader.Load(pack);

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "CB6004" && d.Path == "/layers/0/file");
    }

    [Fact]
    public void A_shapefile_sibling_linked_outside_the_pack_is_refused()
    {
        using var temp = new TempFolder();
        var pack = Directory.CreateDirectory(temp.File("pack")).FullName;
        var demo = Repo.Path("docs", "samples", "zoning", "shapefile-demo");
        File.Copy(Path.Combine(demo, "units.shp"), Path.Combine(pack, "units.shp"));
        File.Copy(Path.Combine(demo, "units.dbf"), temp.File("units.dbf"));
        File.CreateSymbolicLink(Path.Combine(pack, "units.dbf"), temp.File("units.dbf"));
        File.WriteAllText(Path.Combine(pack, "pack.json"), PackWithLayer("units.shp", "units"));

        var result = ZoningPackLoader.Load(pack);

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "CB6004");
    }

    // Finding F8: PackFiles.Resolve passed the name to Path.GetFullPath, which throws ArgumentException for a NUL
    // character, so ZoningPackLoader.Load threw instead of answering CB6004. Fixed: control characters are refused with
    // the other unsafe names.
    [Fact]
    public void A_layer_path_with_a_NUL_character_is_a_diagnostic()
    {
        using var temp = new TempFolder();
        var pack = Directory.CreateDirectory(temp.File("pack")).FullName;
        File.WriteAllText(Path.Combine(pack, "pack.json"), PackWithLayer("zones\u0000.geojson"));

        var result = ZoningPackLoader.Load(pack);

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Path == "/layers/0/file" && d.Severity == Sdk.Diagnostics.DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("assess", "{sample}", "--format", "json")]
    [InlineData("validate", "{sample}", "--format", "json")]
    [InlineData("schema", "project")]
    [InlineData("factors", "list")]
    [InlineData("init", "--sector", "cement")]
    [InlineData("batch", "{list}")]
    public void An_existing_output_file_is_never_overwritten_without_force(params string[] args)
    {
        using var temp = new TempFolder();
        File.Copy(Samples.Cement, temp.File("project.json"));
        File.WriteAllText(temp.File("list.csv"), "path\nproject.json\n");
        var outName = args[0] == "batch" ? "results.csv" : "out.txt";
        File.WriteAllText(temp.File(outName), "KEEP");
        var resolved = args.Select(a => a.Replace("{sample}", "project.json", StringComparison.Ordinal).Replace("{list}", "list.csv", StringComparison.Ordinal)).ToList();

        var (exit, _, error) = CliRunner.Run(temp.Path, [.. resolved, "--out", outName]);

        exit.Should().Be(2);
        error.Should().Contain("--force");
        File.ReadAllText(temp.File(outName)).Should().Be("KEEP");

        var (forcedExit, _, _) = CliRunner.Run(temp.Path, [.. resolved, "--out", outName, "--force"]);
        forcedExit.Should().Be(0);
        File.ReadAllText(temp.File(outName)).Should().NotBe("KEEP");
    }

    private static string PackWithLayer(string file, string layerAs = "zones")
    {
        var pack = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["schemaVersion"] = "1",
            ["id"] = "security-test",
            ["version"] = "1",
            ["title"] = new Dictionary<string, string> { ["zh"] = "安全测试", ["en"] = "Security test" },
            ["layers"] = new[] { new Dictionary<string, object> { ["file"] = file, ["as"] = layerAs, ["kind"] = "no-farming" } },
        });
        return pack;
    }

    /// <summary>Every member the assembly references (type::member) and every type it references, by full name.</summary>
    private static List<string> ReferencedMembers(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        string TypeName(EntityHandle h) => h.Kind switch
        {
            HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)h).Namespace) + "." + md.GetString(md.GetTypeReference((TypeReferenceHandle)h).Name),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)h).Namespace) + "." + md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)h).Name),
            _ => string.Empty,
        };
        var result = md.TypeReferences.Select(h => TypeName(h)).ToList();
        result.AddRange(md.MemberReferences.Select(h => md.GetMemberReference(h)).Select(m => TypeName(m.Parent) + "::" + md.GetString(m.Name)));
        return result;
    }
}
