using BenchmarkDotNet.Running;
using Carbon.Benchmarks;
using Carbon.Benchmarks.Charts;
using Carbon.Benchmarks.Throughput;

// dotnet run -c Release --project benchmarks/Carbon.Benchmarks -- --filter '*' [--smoke]
// dotnet run -c Release --project benchmarks/Carbon.Benchmarks -- throughput [projects] [--console]
// dotnet run -c Release --project benchmarks/Carbon.Benchmarks -- chart <results folder> <out.svg>
// dotnet run -c Release --project benchmarks/Carbon.Benchmarks -- profile <seconds> [engine|rules]   (a loop to attach dotnet-trace to)
// dotnet run -c Release --project benchmarks/Carbon.Benchmarks -- allocations <assessments> [engine]   (bytes per assessment, by type)
return args switch
{
    ["throughput", .. var rest] => ThroughputRun.Run(rest),
    ["chart", var results, var svg] => ScalingChart.Write(results, svg),
    ["profile", var seconds] => ProfileLoop.Run(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
    ["profile", var seconds, "rules"] => ProfileLoop.RunRules(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
    ["profile", var seconds, "engine"] => ProfileLoop.Run(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), energyAndEmissionsOnly: true),
    ["allocations", var count] => AllocationProfile.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), energyAndEmissionsOnly: false),
    ["allocations", var count, "engine"] => AllocationProfile.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), energyAndEmissionsOnly: true),
    _ => Run(args),
};

static int Run(string[] args)
{
    // --smoke: every benchmark once, in process, to check that setups agree (used by the test suite's build, not for figures).
    var smoke = args.Contains("--smoke");
    var config = new Carbon.Benchmarks.Infrastructure.CarbonBenchmarkConfig(smoke);
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != "--smoke")], config);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
