using BenchmarkDotNet.Attributes;
using Carbon.Benchmarks.Infrastructure;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Zoning;

namespace Carbon.Benchmarks;

/// <summary>Assessment time against the number of activity lines: linear, no hidden quadratic step.</summary>
public class ActivityLineScaling
{
    private ICarbonEngine _engine = null!;
    private Project _project = null!;

    [Params(10, 100, 1000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = Samples.Engine();
        _project = Samples.Read(_engine, ProjectGenerator.CementWithLines(Lines));
        var report = _engine.Assess(_project);
        if (report.HasErrors || report.Emissions!.Lines.Length < Lines)
        {
            throw new InvalidOperationException($"{Lines} lines: {report.Emissions?.Lines.Length} emission lines; " + string.Join("; ", report.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Code + " " + d.Path)));
        }
    }

    /// <summary>The whole assessment (energy, emissions, review, zoning in the sample district) of the parsed project.</summary>
    [Benchmark]
    public AssessmentReport Assess() => _engine.Assess(_project);
}

/// <summary>Assessment time against the number of zoning rules that apply to the project: linear.</summary>
public class RuleScaling
{
    private ICarbonEngine _engine = null!;
    private Project _project = null!;
    private AssessmentOptions _options = null!;

    [Params(10, 100, 1000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = Samples.Engine();
        _project = Samples.Read(_engine, Samples.Bytes("cement"));
        _options = new AssessmentOptions { IncludeReview = false, ZoningPack = ProvincePack.Load(ProvincePack.Generate(100, Rules)) };
        var report = _engine.Assess(_project, _options);
        var evaluated = report.Zoning?.Results.Count(r => r.RuleId.StartsWith("G-", StringComparison.Ordinal) && r.Outcome is "pass" or "fail") ?? 0;
        if (evaluated != Rules)
        {
            throw new InvalidOperationException($"{Rules} rules: {evaluated} decided (verdict {report.Zoning?.Verdict}); " + string.Join("; ", report.Diagnostics.Take(5).Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
        }
    }

    [Benchmark]
    public AssessmentReport AssessWithZoning() => _engine.Assess(_project, _options);
}

/// <summary>Zoning pack load time against the number of control units.</summary>
public class PackLoadScaling
{
    private byte[] _bytes = null!;

    [Params(1000, 10_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup() => _bytes = ProvincePack.Generate(Units);

    [Benchmark]
    public ZoningPack Load() => ProvincePack.Load(_bytes);
}
