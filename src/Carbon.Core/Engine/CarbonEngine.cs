using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Carbon.Data;
using Carbon.Emissions;
using Carbon.Energy;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Review;
using Carbon.Zoning;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Engine;

/// <summary>The engine behind <see cref="ICarbonEngine"/>. Immutable after construction; every assessment is independent.</summary>
internal sealed class CarbonEngine : ICarbonEngine
{
    private readonly ProjectReader _reader;
    private readonly CoreData _core;
    private readonly PluginRegistry _plugins;
    private readonly FactorCatalog _factors;
    private readonly DataSetReport _carrierCatalogReport;
    private readonly string _version;
    private readonly ImmutableArray<Diagnostic> _loadDiagnostics;

    public CarbonEngine(IEnumerable<ISectorPlugin> plugins, CarbonOptions options, ImmutableArray<Diagnostic> loadDiagnostics = default)
    {
        // Plugin-folder problems and registry conflicts are warnings in assessments: one bad plugin must not make every
        // project invalid; the skipped plugin's kinds then give CB1301 where a project uses them.
        _loadDiagnostics = [.. (loadDiagnostics.IsDefault ? [] : loadDiagnostics)];
        _reader = new ProjectReader(options.Limits);
        _core = CoreData.Load();
        var coreIds = _core.DataSets.SelectMany(d => d.Records).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        _plugins = new PluginRegistry(plugins, coreIds);
        var sets = _core.DataSets.Select(d => (d, 0))
            .Concat(_plugins.DataSets.Select(d => (d, 1)))
            .Concat(options.AdditionalDataSets.Select(d => (d, 2)));
        _factors = new FactorCatalog(sets);
        var carriersJson = CoreData.ReadResource(typeof(CoreData).Assembly, "Carbon.Data.carriers.json");
        _carrierCatalogReport = new DataSetReport(_core.Carriers.Id, _core.Carriers.Version, new MessageReport("能源品种目录", "Energy carrier catalogue"), Convert.ToHexString(SHA256.HashData(carriersJson)).ToLowerInvariant());
        _version = typeof(CarbonEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        Catalog = new EngineCatalog(
            [.. _plugins.Plugins.Select(p => p.Metadata)],
            [.. _plugins.Kinds.Select(k => k.Descriptor)],
            _factors.DataSets,
            _core.Carriers,
            [.. _loadDiagnostics, .. _plugins.Diagnostics]);
    }

    public EngineCatalog Catalog { get; }

    public ProjectReadResult Read(ReadOnlySpan<byte> utf8Json) => _reader.Read(utf8Json);

    public AssessmentReport Assess(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null)
    {
        var read = _reader.Read(utf8Json);
        return read.Project is null
            ? ErrorReport(null, [.. read.Diagnostics])
            : Assess(read.Project, read.Diagnostics, options ?? AssessmentOptions.Default);
    }

    public AssessmentReport Assess(Project project, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Assess(project, [], options ?? AssessmentOptions.Default);
    }

    private AssessmentReport Assess(Project project, ImmutableArray<Diagnostic> readDiagnostics, AssessmentOptions options)
    {
        var diagnostics = new List<Diagnostic>(readDiagnostics);
        diagnostics.AddRange(_loadDiagnostics);
        diagnostics.AddRange(_plugins.Diagnostics);
        var activities = ProjectValidator.Validate(project, _core.Carriers, _plugins, diagnostics);
        if (HasErrors(diagnostics))
        {
            return ErrorReport(project, diagnostics);
        }

        var asOf = project.ReviewDate ?? new DateOnly(project.ReportingYear, 1, 1);
        var energy = EnergyAccountant.Account(project, _core.Carriers, _factors, asOf, diagnostics);
        var lines = new List<EmissionLineResult>();
        EnergyEmissionAccountant.Account(project, energy, _factors, _factors, asOf, lines, diagnostics);

        var context = new CalculationContext(_factors, project.ReportingYear, asOf, project.Options.Methods);
        var indicators = ImmutableArray.CreateBuilder<IndicatorReport>();
        var facts = ImmutableArray.CreateBuilder<FactReport>();
        var rawFacts = ImmutableArray.CreateBuilder<(Sdk.Facts.Fact, string)>();
        var methodologies = new List<MethodologyReport>();
        foreach (var fact in project.Facts)
        {
            facts.Add(FactReports.From(fact, "project"));
            rawFacts.Add((fact, "project"));
        }

        foreach (var (input, entry) in activities)
        {
            ActivityResult result;
            try
            {
                result = entry.Calculator.Calculate(input, context);
            }
#pragma warning disable CA1031 // A plugin fault becomes a diagnostic naming the plugin; the host keeps working.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                diagnostics.Add(EngineDiagnostics.PluginFailed(input.Path, entry.Metadata.Id, input.Kind, ex.GetType().Name + ": " + ex.Message));
                continue;
            }

            diagnostics.AddRange(result.Diagnostics);
            if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            var method = result.Methodology ?? entry.Metadata.DefaultMethodology;
            foreach (var emission in result.Emissions)
            {
                if (!double.IsFinite(emission.Tonnes))
                {
                    diagnostics.Add(EngineDiagnostics.PluginFailed(input.Path, entry.Metadata.Id, input.Kind, "a non-finite emission was returned"));
                    continue;
                }

                lines.Add(new EmissionLineResult(emission, input.Kind, input.Path, method));
            }

            foreach (var indicator in result.Indicators)
            {
                indicators.Add(new IndicatorReport(indicator.Id, input.Kind, input.Path, new MessageReport(indicator.Name.Zh, indicator.Name.En), ReportNumber.Clean(indicator.Value), indicator.Unit, TraceReport.From(indicator.Trace)));
            }

            foreach (var fact in result.Facts)
            {
                facts.Add(FactReports.From(fact, entry.Metadata.Id));
                rawFacts.Add((fact, entry.Metadata.Id));
            }

            var info = entry.Metadata.Methodologies.FirstOrDefault(m => m.Id == method);
            if (info is not null && !methodologies.Any(m => m.Plugin == entry.Metadata.Id && m.Id == info.Id))
            {
                methodologies.Add(new MethodologyReport(
                    entry.Metadata.Id,
                    info.Id,
                    new MessageReport(info.Name.Zh, info.Name.En),
                    info.Guideline,
                    info.Edition,
                    info.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    info.Status.ToName()));
            }
        }

        var emissions = EmissionTotaller.Total(project, lines, _factors, diagnostics);
        if (HasErrors(diagnostics) || emissions is null)
        {
            return ErrorReport(project, diagnostics);
        }

        var energyReport = EnergyReporter.Report(project, energy, diagnostics);
        var state = new AssessmentState(
            project, asOf, energy, energyReport, emissions, FactCombiner.Combine(rawFacts.ToImmutable(), diagnostics), facts.ToImmutable(),
            _factors.Benchmarks, _factors);
        var (baselines, review) = options.IncludeReview ? ReviewStage.Run(state, diagnostics) : ([], null);
        var zoning = options.IncludeZoning ? ZoningStage.Run(state, options.ZoningPack, diagnostics) : null;
        if (HasErrors(diagnostics))
        {
            return ErrorReport(project, diagnostics);
        }

        var traces = energyReport.Carriers.Select(c => c.Trace)
            .Concat(emissions.Lines.Select(l => l.Trace))
            .Concat(indicators.Select(i => i.Trace))
            .Concat(baselines.Select(b => b.Trace).OfType<TraceReport>())
            .Concat(review is null ? [] : review.Reasons.Select(r => r.Trace).OfType<TraceReport>())
            .Concat(review?.ComparedEnergy is { } compared ? [compared.Trace] : [])
            .Concat(review is null ? [] : review.EnergySaving.Select(e => e.Trace));
        var gwpFactors = emissions.Lines.Select(l => l.GwpRecord).Distinct(StringComparer.Ordinal)
            .Select(id => _factors.TryGetById(id, out var r) ? r : throw new InvalidOperationException("GWP record " + id + " vanished from the catalogue."));
        var used = traces.SelectMany(t => t.Factors)
            .Concat(gwpFactors.Select(r => FactorReport.From(r.ToReference())))
            .DistinctBy(f => f.Id)
            .ToList();
        // Benchmark levels are published numbers too: an unconfirmed level the project was compared with is listed.
        var unconfirmedLevels = baselines.SelectMany(b => b.Levels
            .Where(l => l.Status == "unconfirmed")
            .Select(l => new FactorReport($"{b.Table}.{b.Indicator}.{l.Level}", b.DataSet, b.DataSetVersion, l.Published, b.Unit, l.Status, l.Source ?? b.Source)));
        var unconfirmed = used.Where(f => f.Status == "unconfirmed").Concat(unconfirmedLevels)
            .DistinctBy(f => f.Id).OrderBy(f => f.Id, StringComparer.Ordinal).ToImmutableArray();
        foreach (var u in unconfirmed)
        {
            diagnostics.Add(EngineDiagnostics.UnconfirmedUsed(string.Empty, u.Id, u.Value.ToString("R", CultureInfo.InvariantCulture) + " " + u.Unit));
        }

        return new AssessmentReport
        {
            EngineVersion = _version,
            Project = Summary(project),
            Energy = energyReport,
            Emissions = emissions,
            Baselines = baselines,
            Review = review,
            Zoning = zoning,
            Indicators = indicators.ToImmutable(),
            Facts = facts.ToImmutable(),
            Methodologies = [.. methodologies],
            DataSets = DataSetsUsed(used.Select(f => f.DataSet).Concat(baselines.Select(b => b.DataSet)), review?.DataSets ?? []),
            Unconfirmed = unconfirmed,
            Diagnostics = [.. diagnostics.Select(DiagnosticReport.From)],
        };
    }

    private ImmutableArray<DataSetReport> DataSetsUsed(IEnumerable<string> ids, IEnumerable<DataSetReport> stageSets)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return
        [
            _carrierCatalogReport,
            .. _factors.DataSets
                .Where(d => wanted.Contains(d.Id))
                .Select(d => new DataSetReport(d.Id, d.Version, new MessageReport(d.Title.Zh, d.Title.En), d.ContentHash))
                .Concat(stageSets)
                .DistinctBy(d => d.Id)
                .OrderBy(d => d.Id, StringComparer.Ordinal),
        ];
    }

    private AssessmentReport ErrorReport(Project? project, IEnumerable<Diagnostic> diagnostics) => new()
    {
        EngineVersion = _version,
        Project = project is null ? null : Summary(project),
        Diagnostics = [.. diagnostics.Select(DiagnosticReport.From)],
    };

    private static ProjectSummary Summary(Project p) => new(
        p.Id,
        new MessageReport(p.Name.Zh, p.Name.En),
        p.Nature.ToName(),
        p.ReportingYear,
        p.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.IndustryCodes,
        p.AdminCode);

    private static bool HasErrors(List<Diagnostic> diagnostics) => diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
}
