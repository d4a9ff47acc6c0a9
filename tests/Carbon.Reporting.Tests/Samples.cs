using System.Globalization;
using System.Text.Json.Nodes;
using Carbon.Plugins.Cement;
using Carbon.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Reporting.Tests;

/// <summary>Real reports built through the engine: the shipped cement sample, variants of it, and an invalid project.</summary>
internal static class Samples
{
    private static readonly Lazy<ICarbonEngine> Engine = new(() =>
        new ServiceCollection().AddCarbon().AddCement().Services.BuildServiceProvider().GetRequiredService<ICarbonEngine>());

    private static readonly Lazy<AssessmentReport> CementReport = new(() => Assess(CementJson()));

    /// <summary>
    /// docs/samples/cement-clinker-5000tpd.json assessed by the engine, energy and emissions only: the base sections'
    /// tests count charts, traces, dates and numbers of those sections alone.
    /// </summary>
    public static AssessmentReport Cement => StubParts.Without(CementReport.Value);

    /// <summary>The same sample as the engine gives it, with the baselines and the review.</summary>
    public static AssessmentReport CementFull => CementReport.Value;

    public static string CementJson() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "cement-clinker-5000tpd.json"));

    public static AssessmentReport Assess(string json) => Engine.Value.Assess(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The cement sample with its names and the first energy line's label replaced (to test escaping).</summary>
    public static AssessmentReport CementNamed(string name, string? label = null)
    {
        var project = JsonNode.Parse(CementJson())!.AsObject();
        project["name"] = new JsonObject { ["zh"] = name, ["en"] = name };
        if (label is not null)
        {
            project["energy"]![0]!["label"] = label;
        }

        var report = Assess(project.ToJsonString());
        report.HasErrors.Should().BeFalse("the variant only renames the project");
        return report;
    }

    /// <summary>A project file with errors: the engine computes nothing and reports diagnostics only.</summary>
    public static AssessmentReport Invalid()
    {
        var project = JsonNode.Parse(CementJson())!.AsObject();
        project["energy"]![0]!["amount"] = "21万 kWh"; // coal in kWh: a dimension error
        project["reportingYear"] = "next year";
        var report = Assess(project.ToJsonString());
        report.HasErrors.Should().BeTrue("the variant has a dimension error and a bad year");
        return report;
    }

    /// <summary>Runs <paramref name="action"/> with both current cultures set to <paramref name="culture"/>.</summary>
    public static T InCulture<T>(string culture, Func<T> action)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (c, ui);
        }
    }
}
