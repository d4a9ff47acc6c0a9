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
    public static int Run(int seconds)
    {
        var engine = Samples.Engine();
        var samples = Samples.Sectors.Select(Samples.Bytes).ToArray();
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            _ = engine.Assess(samples[count % samples.Length]);
            count++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} assessments in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
