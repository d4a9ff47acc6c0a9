using Carbon.Plugins;
using Carbon.Plugins.Cement;
using Carbon.Plugins.Concrete;
using Carbon.Plugins.Lime;
using Carbon.Plugins.Livestock;
using Carbon.Reliability.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Reliability.Tests;

/// <summary>
/// Broken plugin folders (third-party input the user names with --plugins): each is a load diagnostic naming the
/// problem (CB7010–CB7014), the bundled plugins keep working, the engine is built within a second, nothing throws.
/// </summary>
public class PluginFolderTests
{
    public static TheoryData<string> Cases() =>
    [
        "CB7010__folder-does-not-exist",
        "CB7011__assembly-directly-in-the-folder",
        "CB7012__subfolder-without-its-assembly",
        "CB7013__text-file-named-dll",
        "CB7013__zero-byte-dll",
        "CB7013__truncated-pe-header",
        "CB7014__assembly-without-carbon-plugin-attribute",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_plugins_folder_is_a_load_diagnostic_and_the_rest_keeps_working(string name)
    {
        using var temp = new TempFolder();
        var folder = Build(name, temp.Path);
        var code = name[..name.IndexOf("__", StringComparison.Ordinal)];

        var services = new ServiceCollection();
        services.AddCarbon().AddCement().AddLime().AddConcrete().AddLivestock().AddPluginsFrom(folder);
        var engine = services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
        var report = engine.Assess(File.ReadAllBytes(Samples.Cement));

        engine.Catalog.Diagnostics.Should().Contain(d => d.Code == code);
        engine.Catalog.Diagnostics.Should().OnlyContain(d => d.Message.Zh.Length > 0 && d.Message.En.Length > 0);
        report.HasErrors.Should().BeFalse("a broken folder plugin leaves the bundled ones working");
        report.Diagnostics.Should().Contain(d => d.Code == code, "every report carries the load diagnostics");
        engine.Catalog.Plugins.Select(p => p.Id).Should().BeEquivalentTo(["cement", "lime", "concrete", "livestock"]);
    }

    /// <summary>Lays out the case's plugins folder (binaries are made here rather than committed).</summary>
    private static string Build(string name, string root)
    {
        var folder = Path.Combine(root, "plugins");
        var slug = name[(name.IndexOf("__", StringComparison.Ordinal) + 2)..];
        if (slug == "folder-does-not-exist")
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var any = typeof(FluentAssertions.AssertionExtensions).Assembly.Location; // a real .NET assembly that is no plugin
        switch (slug)
        {
            case "assembly-directly-in-the-folder":
                File.Copy(any, Path.Combine(folder, "Loose.dll"));
                break;
            case "subfolder-without-its-assembly":
                Directory.CreateDirectory(Path.Combine(folder, "Empty"));
                File.WriteAllText(Path.Combine(folder, "Empty", "README.txt"), "no assembly here");
                break;
            case "text-file-named-dll":
                Directory.CreateDirectory(Path.Combine(folder, "Broken"));
                File.WriteAllText(Path.Combine(folder, "Broken", "Broken.dll"), "this is not a .NET assembly");
                break;
            case "zero-byte-dll":
                Directory.CreateDirectory(Path.Combine(folder, "Zero"));
                File.WriteAllBytes(Path.Combine(folder, "Zero", "Zero.dll"), []);
                break;
            case "truncated-pe-header":
                Directory.CreateDirectory(Path.Combine(folder, "Half"));
                File.WriteAllBytes(Path.Combine(folder, "Half", "Half.dll"), File.ReadAllBytes(any)[..400]);
                break;
            case "assembly-without-carbon-plugin-attribute":
                Directory.CreateDirectory(Path.Combine(folder, "FluentAssertions"));
                File.Copy(any, Path.Combine(folder, "FluentAssertions", "FluentAssertions.dll"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown case");
        }

        return folder;
    }
}
