using System.IO.Compression;
using System.Xml.Linq;

namespace Carbon.Packaging.Tests.EndToEnd;

/// <summary>
/// What NuGet shows of a Carbon library package and what a consumer gets from it: id, version, description, tags,
/// licence expression, README, XML documentation and assemblies for both frameworks, portable PDBs in a .snupkg, and
/// nothing that belongs to an application (no runtimeconfig.json). Checked on the packages the end-to-end tests pack.
/// </summary>
public sealed partial class PackagingEndToEndTests
{
    [Theory]
    [InlineData("Carbon.Sdk")]
    [InlineData("Carbon.Sdk.Testing")]
    public void The_packed_library_carries_its_metadata_docs_and_symbols(string id)
    {
        var package = Path.Combine(feed.Feed, id + ".0.2.0.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        using var nuspecStream = zip.GetEntry(id + ".nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string? Field(string name) => metadata.Element(ns + name)?.Value;

        Field("id").Should().Be(id);
        Field("version").Should().Be("0.2.0");
        Field("description").Should().NotBeNullOrWhiteSpace().And.Contain("Carbon");
        Field("tags").Should().Contain("carbon").And.Contain("节能审查");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        Field("license").Should().Be("MIT");
        Field("readme").Should().Be("README.md");
        entries.Should().Contain("README.md");

        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            entries.Should().Contain([$"lib/{tfm}/{id}.dll", $"lib/{tfm}/{id}.xml"]);
        }

        entries.Should().NotContain(e => e.EndsWith(".runtimeconfig.json", StringComparison.Ordinal), "a library has no runtime configuration");
        entries.Should().NotContain(e => e.EndsWith(".pdb", StringComparison.Ordinal), "symbols go to the .snupkg");

        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package, ".snupkg"));
        symbols.Entries.Select(e => e.FullName).Should().Contain([$"lib/net8.0/{id}.pdb", $"lib/net10.0/{id}.pdb"]);
    }
}
