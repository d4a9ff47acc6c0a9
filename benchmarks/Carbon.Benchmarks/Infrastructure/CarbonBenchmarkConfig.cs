using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace Carbon.Benchmarks.Infrastructure;

/// <summary>
/// One job for the whole suite: enough iterations for stable ratios on a shared 2-core machine, few enough that the
/// suite finishes in minutes. Ratios (not absolute times) are what the README reports.
/// </summary>
internal sealed class CarbonBenchmarkConfig : ManualConfig
{
    public CarbonBenchmarkConfig(bool smoke = false)
    {
        // In process: BenchmarkDotNet's default out-of-process toolchain rebuilds the whole solution per run, which
        // times out on a loaded 2-core machine; every benchmark here is compared with a baseline in the same process.
        var inProcess = BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance;
        AddJob(smoke
            ? Job.Dry.WithToolchain(inProcess)
            : Job.Default.WithToolchain(inProcess).WithWarmupCount(4).WithIterationCount(12));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(BaselineRatioColumn.RatioMean, StatisticColumn.Median);
        AddColumnProvider(DefaultColumnProviders.Instance);
        // CSV in plain nanoseconds and bytes (units in the header only): the scaling chart reads it.
        AddExporter(MarkdownExporter.GitHub, new CsvExporter(CsvSeparator.Comma, new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: SizeUnit.B, timeUnit: TimeUnit.Nanosecond, printUnitsInContent: false)));
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        WithOptions(ConfigOptions.DisableLogFile);
    }
}
