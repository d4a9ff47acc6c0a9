using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
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
    private readonly ImmutableArray<DataSetReport> _dataSetReports;
    private readonly string _version;
    private readonly ImmutableArray<Diagnostic> _loadDiagnostics;
    private readonly int _maxDiagnosticsPerCode;

    public CarbonEngine(IEnumerable<ISectorPlugin> plugins, CarbonOptions options, ImmutableArray<Diagnostic> loadDiagnostics = default)
    {
        // Plugin-folder problems and registry conflicts are warnings in assessments: one bad plugin must not make every
        // project invalid; the skipped plugin's kinds then give CB1301 where a project uses them.
        _loadDiagnostics = [.. (loadDiagnostics.IsDefault ? [] : loadDiagnostics)];
        _reader = new ProjectReader(options.Limits);
        _maxDiagnosticsPerCode = options.Limits.MaxDiagnosticsPerCode;
        _core = CoreData.Load();
        var coreIds = _core.DataSets.SelectMany(d => d.Records).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        _plugins = new PluginRegistry(plugins, coreIds);
        var sets = _core.DataSets.Select(d => (d, 0))
            .Concat(_plugins.DataSets.Select(d => (d, 1)))
            .Concat(options.AdditionalDataSets.Select(d => (d, 2)));
        _factors = new FactorCatalog(sets);
        _dataSetReports = [.. _factors.DataSets.Select(d => new DataSetReport(d.Id, d.Version, new MessageReport(d.Title.Zh, d.Title.En), d.ContentHash))];
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
        var diagnostics = new List<Diagnostic>(readDiagnostics.Length + _loadDiagnostics.Length + _plugins.Diagnostics.Length + 8);
        diagnostics.AddRange(readDiagnostics);
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
        var facts = ImmutableArray.CreateBuilder<FactReport>(project.Facts.Length + (4 * activities.Count));
        var rawFacts = new List<(Sdk.Facts.Fact, string)>(project.Facts.Length + (4 * activities.Count));
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
            if (HasErrors(result.Diagnostics))
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

            if (method is not null && entry.Methodologies.TryGetValue(method, out var methodology) && !methodologies.Contains(methodology))
            {
                methodologies.Add(methodology);
            }
        }

        var emissions = EmissionTotaller.Total(project, lines, _factors, diagnostics);
        if (HasErrors(diagnostics) || emissions is null)
        {
            return ErrorReport(project, diagnostics);
        }

        var energyReport = EnergyReporter.Report(project, energy, diagnostics);
        var state = new AssessmentState(
            project, asOf, energy, energyReport, emissions, FactCombiner.Combine(rawFacts, diagnostics), facts.ToImmutable(),
            _factors.Benchmarks, _factors);
        var (baselines, review) = options.IncludeReview ? ReviewStage.Run(state, diagnostics) : ([], null);
        var zoning = options.IncludeZoning ? ZoningStage.Run(state, options.ZoningPack, diagnostics) : null;
        if (HasErrors(diagnostics))
        {
            return ErrorReport(project, diagnostics);
        }

        // Every factor record a trace relies on, once each, in the order the report first shows it; then the GWP records.
        var used = new UsedFactors();
        foreach (var c in energyReport.Carriers)
        {
            used.AddAll(c.Trace);
        }

        foreach (var l in emissions.Lines)
        {
            used.AddAll(l.Trace);
        }

        foreach (var i in indicators)
        {
            used.AddAll(i.Trace);
        }

        foreach (var b in baselines)
        {
            used.AddAll(b.Trace);
        }

        if (review is not null)
        {
            foreach (var r in review.Reasons)
            {
                used.AddAll(r.Trace);
            }

            used.AddAll(review.ComparedEnergy?.Trace);
            foreach (var e in review.EnergySaving)
            {
                used.AddAll(e.Trace);
            }
        }

        foreach (var l in emissions.Lines)
        {
            if (!used.Contains(l.GwpRecord))
            {
                used.Add(_factors.TryGetById(l.GwpRecord, out var r)
                    ? FactorReport.From(r.ToReference())
                    : throw new InvalidOperationException("GWP record " + l.GwpRecord + " vanished from the catalogue."));
            }
        }

        var unconfirmed = Unconfirmed(used.Factors, baselines);
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
            DataSets = DataSetsUsed(used.Factors, baselines, review?.DataSets ?? []),
            Unconfirmed = unconfirmed,
            Diagnostics = [.. DiagnosticCap.Apply(diagnostics, _maxDiagnosticsPerCode).Select(DiagnosticReport.From)],
        };
    }

    /// <summary>
    /// The unconfirmed factor records used and the unconfirmed benchmark levels compared with (published numbers too),
    /// once each by id, ordered by id.
    /// </summary>
    private static ImmutableArray<FactorReport> Unconfirmed(List<FactorReport> used, ImmutableArray<BaselineReport> baselines)
    {
        List<FactorReport>? found = null;
        foreach (var f in used)
        {
            if (f.Status == "unconfirmed")
            {
                (found ??= []).Add(f);
            }
        }

        foreach (var b in baselines)
        {
            foreach (var l in b.Levels)
            {
                if (l.Status == "unconfirmed")
                {
                    var id = $"{b.Table}.{b.Indicator}.{l.Level}";
                    if (found is null || !found.Exists(f => f.Id == id))
                    {
                        (found ??= []).Add(new FactorReport(id, b.DataSet, b.DataSetVersion, l.Published, b.Unit, l.Status, l.Source ?? b.Source));
                    }
                }
            }
        }

        if (found is null)
        {
            return [];
        }

        // Ids are unique here (first of each kept), so an unstable sort by id is deterministic.
        var result = found.ToArray();
        Array.Sort(result, (x, y) => string.CompareOrdinal(x.Id, y.Id));
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private ImmutableArray<DataSetReport> DataSetsUsed(List<FactorReport> used, ImmutableArray<BaselineReport> baselines, ImmutableArray<DataSetReport> stageSets)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in used)
        {
            wanted.Add(f.DataSet);
        }

        foreach (var b in baselines)
        {
            wanted.Add(b.DataSet);
        }

        // The catalogue's data sets first (their reports built once with the engine), then the stage's; the first of
        // an id wins; then ordered by id, after the carrier catalogue.
        var sets = new List<DataSetReport>(wanted.Count + stageSets.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in _dataSetReports)
        {
            if (wanted.Contains(d.Id) && ids.Add(d.Id))
            {
                sets.Add(d);
            }
        }

        foreach (var d in stageSets)
        {
            if (ids.Add(d.Id))
            {
                sets.Add(d);
            }
        }

        sets.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var result = new DataSetReport[sets.Count + 1];
        result[0] = _carrierCatalogReport;
        sets.CopyTo(result, 1);
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private AssessmentReport ErrorReport(Project? project, IReadOnlyList<Diagnostic> diagnostics) => new()
    {
        EngineVersion = _version,
        Project = project is null ? null : Summary(project),
        Diagnostics = [.. DiagnosticCap.Apply(diagnostics, _maxDiagnosticsPerCode).Select(DiagnosticReport.From)],
    };

    private static ProjectSummary Summary(Project p) => new(
        p.Id,
        new MessageReport(p.Name.Zh, p.Name.En),
        p.Nature.ToName(),
        p.ReportingYear,
        p.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.IndustryCodes,
        p.AdminCode);

    private static bool HasErrors(List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasErrors(ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The factor records a report relies on, once each by id, in order of first use.</summary>
    private sealed class UsedFactors
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public List<FactorReport> Factors { get; } = [];

        public bool Contains(string id) => _ids.Contains(id);

        public void Add(FactorReport factor)
        {
            if (_ids.Add(factor.Id))
            {
                Factors.Add(factor);
            }
        }

        public void AddAll(TraceReport? trace)
        {
            if (trace is null)
            {
                return;
            }

            foreach (var f in trace.Factors)
            {
                Add(f);
            }
        }
    }
}
