using System.Text;
using Carbon.Plugins;
using Carbon.Plugins.Lime;
using Carbon.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Packaging.Tests.Support;

/// <summary>A host like the console's: the core, the bundled lime plugin, and the plugins of a folder.</summary>
internal sealed record PluginHost(ICarbonEngine Engine, PluginLoadReport Report)
{
    /// <summary>Builds a plugins folder from test plugins (each copied from its build output into a subfolder of its own).</summary>
    public static void AddTestPlugin(string pluginsFolder, string name) =>
        TempDirectory.CopyDirectory(Repo.TestPluginOutput(name), Path.Combine(pluginsFolder, name));

    public static PluginHost Load(string pluginsFolder)
    {
        var services = new ServiceCollection();
        services.AddCarbon().AddLime().AddPluginsFrom(pluginsFolder);
        using var provider = services.BuildServiceProvider();
        return new PluginHost(provider.GetRequiredService<ICarbonEngine>(), provider.GetRequiredService<PluginLoadReport>());
    }

    /// <summary>Assesses a project with one lime line and, if given, one line of another kind.</summary>
    public AssessmentReport Assess(string? otherActivityJson = null)
    {
        var other = otherActivityJson is null ? string.Empty : "," + otherActivityJson;
        var project = $$"""
        {
          "schemaVersion": "1", "id": "loader-test", "name": { "zh": "加载测试", "en": "Loader test" }, "nature": "new", "reportingYear": 2026,
          "activities": [ { "kind": "lime.production", "amount": "100000 t", "parameters": { "limeType": "high-calcium" } }{{other}} ]
        }
        """;
        return Engine.Assess(Encoding.UTF8.GetBytes(project));
    }
}
