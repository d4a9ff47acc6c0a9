using System.Text.RegularExpressions;
using Carbon.Plugins.Cement;
using Carbon.Plugins.Concrete;
using Carbon.Plugins.Lime;
using Carbon.Plugins.Livestock;
using Carbon.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// The whole pipeline behind <c>carbon assess</c>: <see cref="ICarbonEngine.Assess(ReadOnlySpan{byte}, AssessmentOptions?)"/>
/// on the bytes (project reader, validator, plugins, energy, emissions, review, zoning), then the JSON report.
/// Oracles: nothing throws; the report serialises (no NaN or infinity); every diagnostic has a CBnnnn code, a severity,
/// a JSON Pointer and a message in both languages; a report with errors has no numbers and one without errors has
/// them; assessing again gives the same bytes.
/// </summary>
internal sealed partial class ProjectTarget : IFuzzTarget
{
    private static readonly Lazy<ICarbonEngine> Engine = new(CreateEngine);

    public string Check(byte[] input) => Check(input, null);

    /// <summary>Assesses <paramref name="input"/> (with <paramref name="options"/>) and checks the report's oracles.</summary>
    internal static string Check(byte[] input, AssessmentOptions? options)
    {
        var engine = Engine.Value;
        var report = engine.Assess(input, options);
        var bytes = ReportJson.SerializeToUtf8Bytes(report);
        foreach (var d in report.Diagnostics)
        {
            if (!CodePattern().IsMatch(d.Code) || d.Severity is not ("error" or "warning" or "info")
                || (d.Path.Length > 0 && d.Path[0] != '/')
                || string.IsNullOrWhiteSpace(d.Message.Zh) || string.IsNullOrWhiteSpace(d.Message.En))
            {
                throw new FuzzFinding($"Malformed diagnostic {d}.");
            }
        }

        if (report.HasErrors != (report.Energy is null) || report.HasErrors != (report.Emissions is null))
        {
            throw new FuzzFinding($"HasErrors={report.HasErrors} but energy/emissions present={report.Energy is not null}/{report.Emissions is not null}.");
        }

        if (!report.HasErrors && !bytes.AsSpan().SequenceEqual(ReportJson.SerializeToUtf8Bytes(engine.Assess(input, options))))
        {
            throw new FuzzFinding("Assessing the same bytes twice gave different reports.");
        }

        var codes = string.Join(',', report.Diagnostics.Select(d => d.Severity[0] + ":" + d.Code).Distinct());
        return (report.HasErrors ? "invalid" : $"assessed {report.Emissions!.Totals.Co2eTonnes} t CO2e") + " [" + codes + "]";
    }

    internal static ICarbonEngine CreateEngine()
    {
        var services = new ServiceCollection();
        services.AddCarbon().AddCement().AddLime().AddConcrete().AddLivestock();
        return services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
    }

    [GeneratedRegex("^CB[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
