using Carbon.Cli.Hosting;
using Carbon.Cli.Rendering;
using Carbon.Reporting;
using Carbon.Reports;
using Carbon.Zoning;
using Spectre.Console;

namespace Carbon.Cli.Commands;

/// <summary><c>carbon assess &lt;file&gt;</c>: energy, emissions (and, as they land, review and zoning) with traces.</summary>
internal static class AssessCommand
{
    public static int Run(CliEnvironment env, ParsedArguments args, Language l, Func<ICarbonEngine> engineFactory, bool diagnosticsOnly, bool reviewOnly = false, bool zoningOnly = false)
    {
        if (args.Positionals.Count != 1)
        {
            env.Error.WriteLine(l.F("Assess.Usage", args.Command));
            return ExitCodes.InvalidInput;
        }

        var format = args.Value("--format") ?? "table";
        ReportFormat? human = null;
        if (format is not ("table" or "json"))
        {
            if (!ReportRenderer.TryParseFormat(format, out var parsedFormat))
            {
                env.Error.WriteLine(l.F("Assess.UnsupportedFormat", format));
                return ExitCodes.InvalidInput;
            }

            human = parsedFormat;
        }

        var bytes = ProjectFile.Read(env, args.Positionals[0], l, out var error);
        if (bytes is null)
        {
            env.Error.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        if (!ZoningPackOption.TryLoad(env, args, l, out var pack))
        {
            return ExitCodes.InvalidInput;
        }

        var engine = engineFactory();
        var report = engine.Assess(bytes, new AssessmentOptions { IncludeZoning = !reviewOnly, IncludeReview = !zoningOnly, ZoningPack = pack });
        if (reviewOnly || zoningOnly)
        {
            report = report with { Energy = null, Emissions = null, Indicators = [], Facts = [] };
        }

        if (diagnosticsOnly)
        {
            report = report with { Energy = null, Emissions = null, Baselines = [], Review = null, Zoning = null, Indicators = [], Facts = [] };
        }

        string content;
        if (format == "json")
        {
            content = ReportJson.Serialize(report);
        }
        else if (human is { } f)
        {
            content = ReportRenderer.Render(report, f, new ReportRenderOptions { Language = l.Report, Explain = args.Has("--explain") });
        }
        else
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            var console = (env with { Out = writer }).CreateConsole();
            if (diagnosticsOnly)
            {
                console.WriteLine(report.HasErrors ? l.T("Validate.HasErrors") : l.T("Validate.Valid"));
                ReportTableRenderer.RenderDiagnostics(report, l, console);
            }
            else if (reviewOnly)
            {
                ReviewTableRenderer.Render(report.Review, report.Baselines, l, console);
                ReportTableRenderer.RenderDiagnostics(report, l, console);
            }
            else if (zoningOnly)
            {
                if (report.Zoning is { } zoning)
                {
                    ZoningTableRenderer.Render(zoning, l, console);
                }

                ReportTableRenderer.RenderDiagnostics(report, l, console);
            }
            else
            {
                ReportTableRenderer.Render(report, l, args.Has("--explain"), console);
            }

            content = writer.ToString();
        }

        var writeError = OutputTarget.Write(env, args, l, content);
        if (writeError is not null)
        {
            env.Error.WriteLine(writeError);
            return ExitCodes.InvalidInput;
        }

        return report.HasErrors ? ExitCodes.InvalidInput
            : report.Zoning?.Verdict == "prohibited" || report.Baselines.Any(b => b.Classification == "worse-than-baseline") ? ExitCodes.Failed
            : ExitCodes.Ok;
    }
}
