using System.Diagnostics;
using System.Globalization;
using Carbon.Benchmarks.Infrastructure;

namespace Carbon.Benchmarks;

/// <summary>
/// Assesses the four samples from bytes (review and zoning included) in a loop for a number of seconds, so that a
/// profiler (<c>dotnet-trace collect -- …</c>) sees the steady state. Not a measurement: BenchmarkDotNet is.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(int seconds, bool energyAndEmissionsOnly = false)
    {
        var engine = Samples.Engine();
        var samples = Samples.Sectors.Select(Samples.Bytes).ToArray();
        var cement = Samples.Read(engine, samples[0]);
        var narrow = new AssessmentOptions { IncludeReview = false, IncludeZoning = false };
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            _ = energyAndEmissionsOnly ? engine.Assess(cement, narrow) : engine.Assess(samples[count % samples.Length]);
            count++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} assessments in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    /// <summary>The 30 benchmark rules evaluated over the same subject in a loop (see <see cref="RulesVsRulesEngine"/>).</summary>
    public static int RunRules(int seconds)
    {
        var rules = new RulesVsRulesEngine();
        rules.Setup();
        var watch = Stopwatch.StartNew();
        long count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                _ = rules.CarbonRuleLanguage();
            }

            count += 1000;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} evaluations of 30 rules in {watch.Elapsed.TotalSeconds:F1} s ({watch.Elapsed.TotalNanoseconds / count:F0} ns each)"));
        return 0;
    }
}
