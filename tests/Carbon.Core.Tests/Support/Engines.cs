using System.Text;
using Carbon.Reports;
using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Core.Tests.Support;

/// <summary>Builds engines the way hosts do (through DI) and small project files for tests.</summary>
internal static class Engines
{
    public static ICarbonEngine Create(params ISectorPlugin[] plugins) => Create(null, plugins);

    public static ICarbonEngine Create(Action<CarbonOptions>? configure, params ISectorPlugin[] plugins)
    {
        var services = new ServiceCollection();
        services.AddCarbon(configure);
        foreach (var plugin in plugins)
        {
            services.AddSingleton(plugin);
        }

        return services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
    }

    public static AssessmentReport Assess(this ICarbonEngine engine, string json) => engine.Assess(Encoding.UTF8.GetBytes(json));

    /// <summary>A minimal valid project with the given energy lines (JSON array items) and extra members.</summary>
    public static string Project(string energy = "", string products = "", string activities = "", string options = "", string extra = "") => $$"""
        {
          "schemaVersion": "1",
          "id": "test",
          "name": { "zh": "测试项目", "en": "Test project" },
          "nature": "new",
          "reportingYear": 2024,
          "reviewDate": "2026-03-01",
          "products": [{{products}}],
          "energy": [{{energy}}],
          "activities": [{{activities}}],
          "options": { "gwpSet": "AR5", "electricityFactor": { "series": "mee-nbs", "year": 2023 } {{(options.Length > 0 ? ", " + options : "")}} }
          {{(extra.Length > 0 ? ", " + extra : "")}}
        }
        """;
}
