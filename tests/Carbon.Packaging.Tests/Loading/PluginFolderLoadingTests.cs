using System.Runtime.Loader;
using Carbon.Packaging.Tests.Support;
using Carbon.Plugins;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Packaging.Tests.Loading;

/// <summary>
/// AddPluginsFrom: each failure becomes a diagnostic naming the plugin folder, and the other plugins (the bundled lime
/// plugin and the folder's good plugin) keep working. The test plugins are small projects under TestPlugins/.
/// </summary>
public sealed class PluginFolderLoadingTests : IDisposable
{
    private const string Good = "Carbon.TestPlugins.Good";
    private const string GoodLine = """{ "kind": "good.widget", "amount": "3 item" }""";

    // 100 000 t × 0.785 × 0.95 × 1.02 = 76 066.5 t CO2 (ghg-methods.md §6.2 [D]; IPCC 2006 Table 2.4 / §2.1 [C]).
    private const double LimeCo2 = 76_066.5;

    private readonly TempDirectory _temp = new("carbon-plugins");

    private string Plugins => _temp.Combine("plugins");

    public void Dispose() => _temp.Dispose();

    private PluginHost LoadWith(params string[] testPlugins)
    {
        Directory.CreateDirectory(Plugins);
        foreach (var name in testPlugins)
        {
            PluginHost.AddTestPlugin(Plugins, name);
        }

        return PluginHost.Load(Plugins);
    }

    private static void OthersStillWork(PluginHost host)
    {
        host.Engine.Catalog.Plugins.Select(p => p.Id).Should().Contain(["good", "lime"]);
        var report = host.Assess(GoodLine);
        report.Diagnostics.Should().NotContain(d => d.Severity == "error");
        report.Emissions!.Totals.Co2Tonnes.Should().BeApproximately(LimeCo2, 1e-9 * LimeCo2);
        report.Facts.Should().ContainSingle(f => f.Key == "good.widgets" && f.Origin == "good");
    }

    [Fact]
    public void A_good_plugin_is_loaded_into_a_context_of_its_own_sharing_the_sdk_with_the_host()
    {
        var host = LoadWith(Good);

        host.Report.Diagnostics.Should().BeEmpty();
        host.Report.Plugins.Should().ContainSingle().Which.Should().Match<LoadedPluginInfo>(p =>
            p.Id == "good" && p.Version == "0.1.0" && p.Folder == Good && p.Assembly.StartsWith(Good + ", Version=", StringComparison.Ordinal));
        OthersStillWork(host);

        var services = new ServiceCollection();
        services.AddCarbon().AddPluginsFrom(Plugins);
        using var provider = services.BuildServiceProvider();
        var plugin = provider.GetServices<ISectorPlugin>().Single();
        var context = AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly)!;
        context.Should().NotBe(AssemblyLoadContext.Default);
        context.Name.Should().Be("carbon-plugin:" + Good);
        context.IsCollectible.Should().BeFalse();

        // The folder holds its own Carbon.Sdk.dll (build output); the context hands out the host's instead.
        File.Exists(Path.Combine(Plugins, Good, "Carbon.Sdk.dll")).Should().BeTrue();
        context.Assemblies.Select(a => a.GetName().Name).Should().NotContain("Carbon.Sdk");
        plugin.Should().BeAssignableTo<ISectorPlugin>("the plugin's ISectorPlugin is the host's");
    }

    [Fact]
    public void A_plugin_that_throws_while_being_created_is_skipped_with_CB7017()
    {
        var host = LoadWith(Good, "Carbon.TestPlugins.Throwing");

        var d = host.Report.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7017");
        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Message.En.Should().Contain("Plugin folder 'Carbon.TestPlugins.Throwing'").And.Contain("the throwing test plugin refuses to start").And.Contain("skipped");
        d.Message.Zh.Should().Contain("Carbon.TestPlugins.Throwing");
        OthersStillWork(host);
    }

    [Fact]
    public void A_plugin_for_another_sdk_major_is_skipped_with_CB7020()
    {
        var host = LoadWith(Good, "Carbon.TestPlugins.FutureSdk");

        var d = host.Report.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7020");
        d.Message.En.Should().Contain("'future'").And.Contain("[2.0,3.0)").And.Contain("0.2.0");
        host.Engine.Catalog.Plugins.Select(p => p.Id).Should().NotContain("future");
        OthersStillWork(host);
    }

    [Fact]
    public void An_assembly_without_the_CarbonPlugin_attribute_is_skipped_with_CB7014()
    {
        var host = LoadWith(Good, "Carbon.TestPlugins.NoAttribute");

        var d = host.Report.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7014");
        d.Message.En.Should().Contain("Carbon.TestPlugins.NoAttribute.dll").And.Contain("does not scan types");
        host.Engine.Catalog.Plugins.Select(p => p.Id).Should().NotContain("unmarked");
        OthersStillWork(host);
    }

    [Fact]
    public void A_plugin_claiming_a_loaded_plugin_id_is_skipped_by_the_registry_with_CB7002()
    {
        var host = LoadWith(Good, "Carbon.TestPlugins.LimeTwin");

        // The folder plugin loads; the registry finds its id taken by the bundled lime plugin (registered first) and
        // skips it. Registry diagnostics are errors today, so assessments stop (see docs/plugins.md#diagnostics).
        host.Report.Diagnostics.Should().BeEmpty();
        var d = host.Engine.Catalog.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7002");
        d.Message.En.Should().Contain("Plugin 'lime'");
        host.Engine.Catalog.Plugins.Select(p => p.Id).Should().BeEquivalentTo(["good", "lime"]);
        host.Engine.Catalog.ActivityKinds.Select(k => k.Kind).Should().Contain(["lime.production", "good.widget"]).And.NotContain("lime.widget");
    }

    [Fact]
    public void A_plugin_reusing_a_loaded_factor_id_is_skipped_by_the_registry_with_CB7004()
    {
        var host = LoadWith(Good, "Carbon.TestPlugins.DuplicateFactor");

        host.Report.Diagnostics.Should().BeEmpty();
        var d = host.Engine.Catalog.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7004");
        d.Message.En.Should().Contain("Plugin 'quarry'").And.Contain("ipcc2006.lime.high-calcium.stoichiometric-ratio");
        host.Engine.Catalog.Plugins.Select(p => p.Id).Should().BeEquivalentTo(["good", "lime"]);
        host.Engine.Catalog.DataSets.Should().NotContain(s => s.Id == "test.quarry");
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_skipped_with_CB7013()
    {
        Directory.CreateDirectory(_temp.Combine("plugins", "Broken"));
        File.WriteAllText(_temp.Combine("plugins", "Broken", "Broken.dll"), "not an assembly");

        var host = LoadWith(Good);

        var d = host.Report.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7013");
        d.Message.En.Should().Contain("Plugin folder 'Broken'").And.Contain("BadImageFormatException");
        OthersStillWork(host);
    }

    [Fact]
    public void A_subfolder_without_a_plugin_assembly_and_a_loose_assembly_are_reported()
    {
        Directory.CreateDirectory(_temp.Combine("plugins", "Empty"));
        Directory.CreateDirectory(Plugins);
        File.WriteAllText(_temp.Combine("plugins", "Loose.dll"), "whatever");

        var host = LoadWith(Good);

        host.Report.Diagnostics.Select(d => d.Code).Should().Equal("CB7011", "CB7012");
        host.Report.Diagnostics[0].Message.En.Should().Contain("'Loose.dll'").And.Contain("subfolder");
        host.Report.Diagnostics[1].Message.En.Should().Contain("'Empty/Empty.dll'");
        OthersStillWork(host);
    }

    [Fact]
    public void A_missing_folder_is_a_warning_and_nothing_else_changes()
    {
        var missing = _temp.Combine("no-such-folder");
        var host = PluginHost.Load(missing);

        var d = host.Report.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("CB7010");
        d.Message.En.Should().Contain(missing);
        host.Engine.Catalog.Plugins.Select(p => p.Id).Should().Equal("lime");
        host.Assess().Emissions!.Totals.Co2Tonnes.Should().BeApproximately(LimeCo2, 1e-9 * LimeCo2);
    }

    [Fact]
    public void Only_a_full_path_is_accepted_never_the_current_directory()
    {
        var builder = new ServiceCollection().AddCarbon();

        builder.Invoking(b => b.AddPluginsFrom("plugins")).Should().Throw<ArgumentException>().WithMessage("*not a full path*");
        builder.Invoking(b => b.AddPluginsFrom(" ")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Naming_a_folder_twice_loads_it_once_and_reports_accumulate()
    {
        Directory.CreateDirectory(Plugins);
        PluginHost.AddTestPlugin(Plugins, Good);
        var services = new ServiceCollection();
        services.AddCarbon().AddPluginsFrom(Plugins).AddPluginsFrom(Plugins + Path.DirectorySeparatorChar).AddPluginsFrom(_temp.Combine("elsewhere"));

        using var provider = services.BuildServiceProvider();
        provider.GetServices<ISectorPlugin>().Should().ContainSingle();
        var report = provider.GetRequiredService<PluginLoadReport>();
        report.Plugins.Should().ContainSingle();
        report.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7010");
        services.Count(s => s.ServiceType == typeof(PluginLoadReport)).Should().Be(1);
    }

    [Fact]
    public void Load_diagnostics_reach_the_engine_catalog_and_reports()
    {
        var host = LoadWith(Good, "Carbon.TestPlugins.Throwing");

        host.Engine.Catalog.Diagnostics.Should().Contain(d => d.Code == "CB7017");
        host.Assess(GoodLine).Diagnostics.Should().Contain(d => d.Code == "CB7017" && d.Severity == "warning");
    }
}
