using System.Diagnostics;
using System.Globalization;
using System.Text;
using Carbon.Benchmarks.Infrastructure;

namespace Carbon.Benchmarks.Throughput;

/// <summary>
/// Batch throughput (issue 11 §2): generated applications of all four sectors against a generated 10 000-unit
/// province pack, through the library (1 and 2 cores) and optionally through the console's <c>carbon batch</c>.
/// Prints Markdown tables for benchmarks/README.md. Wall-clock figures: run it on a quiet machine.
/// </summary>
internal static class ThroughputRun
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 100_000;
        var consoleIndex = Array.IndexOf(args, "--console");
        var consolePath = consoleIndex >= 0 && consoleIndex + 1 < args.Length ? Path.GetFullPath(args[consoleIndex + 1]) : null;

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformationText()}");
        var packBytes = ProvincePack.Generate(10_000);
        var pack = ProvincePack.Load(packBytes);
        var engine = Samples.Engine();
        var options = new AssessmentOptions { ZoningPack = pack };
        var templates = ProjectGenerator.Templates();

        // A pool of distinct applications, generated up front so that generation is not timed; the run streams
        // through it (index modulo pool size), keeping nothing of the reports but counts.
        const int Pool = 4_000;
        var pool = Enumerable.Range(0, Pool).Select(i => ProjectGenerator.Application(templates, i)).ToArray();

        Console.WriteLine();
        Console.WriteLine("| Path | Projects | Cores | Seconds | Projects/s | Projects/s per core | Peak working set (MB) | Outcomes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        var rates = new Dictionary<int, double>();
        foreach (var cores in new[] { 1, 2 })
        {
            Library(engine, options, pool, Math.Min(count, 4_000), cores, print: false); // warm-up
            foreach (var size in count >= 100_000 ? new[] { count / 10, count } : new[] { count })
            {
                var rate = Library(engine, options, pool, size, cores, print: true);
                if (size == count)
                {
                    rates[cores] = rate;
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Library speed-up 1 → 2 cores: {rates[2] / rates[1]:F2}×"));

        if (consolePath is not null)
        {
            ConsoleBatch(consolePath, packBytes, templates, count);
        }

        return 0;
    }

    private static double Library(ICarbonEngine engine, AssessmentOptions options, byte[][] pool, int count, int cores, bool print)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var peak = new PeakSampler(Environment.ProcessId);
        var outcomes = new int[4];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i =>
        {
            var report = engine.Assess(pool[i % pool.Length], options);
            var slot = report.HasErrors ? 3 : report.Zoning?.Verdict switch { "prohibited" => 2, "needs-information" => 1, _ => 0 };
            Interlocked.Increment(ref outcomes[slot]);
        });
        watch.Stop();
        var rate = count / watch.Elapsed.TotalSeconds;
        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| library | {count:N0} | {cores} | {watch.Elapsed.TotalSeconds:F2} | {rate:N0} | {rate / cores:N0} | {peak.PeakMegabytes:N0} | {Outcomes(outcomes)} |"));
        }

        return rate;
    }

    private static void ConsoleBatch(string carbonDll, byte[] packBytes, System.Text.Json.Nodes.JsonObject[] templates, int count)
    {
        var root = Path.Combine(Path.GetTempPath(), "carbon-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var folder = Path.Combine(root, "projects");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(root, "pack.json"), packBytes);
        try
        {
            foreach (var size in count >= 100_000 ? new[] { count / 10, count } : new[] { count })
            {
                for (var i = Directory.EnumerateFiles(folder).Count(); i < size; i++)
                {
                    File.WriteAllBytes(Path.Combine(folder, "p" + i.ToString("D6", CultureInfo.InvariantCulture) + ".json"), ProjectGenerator.Application(templates, i));
                }

                foreach (var cores in new[] { 1, 2 })
                {
                    var results = Path.Combine(root, "results.csv");
                    File.Delete(results);
                    var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
                    foreach (var a in new[] { carbonDll, "batch", folder, "--zoning", Path.Combine(root, "pack.json"), "--parallel", cores.ToString(CultureInfo.InvariantCulture), "--out", results, "--lang", "en" })
                    {
                        start.ArgumentList.Add(a);
                    }

                    var watch = Stopwatch.StartNew();
                    using var process = Process.Start(start)!;
                    using var peak = new PeakSampler(process.Id);
                    // Drain both pipes (one progress line per project goes to standard error) so the child never blocks.
                    var drainErrors = process.StandardError.ReadToEndAsync();
                    process.StandardOutput.ReadToEnd();
                    process.WaitForExit();
                    drainErrors.Wait();
                    watch.Stop();
                    var rows = File.ReadLines(results).Count() - 1;
                    var rate = rows / watch.Elapsed.TotalSeconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| console `carbon batch` | {rows:N0} | {cores} | {watch.Elapsed.TotalSeconds:F2} | {rate:N0} | {rate / cores:N0} | {peak.PeakMegabytes:N0} | exit {process.ExitCode} |"));
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Outcomes(int[] o) => string.Create(CultureInfo.InvariantCulture, $"{o[0]:N0} ok/conditional, {o[1]:N0} needs information, {o[2]:N0} prohibited, {o[3]:N0} invalid");

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + " on " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    /// <summary>Samples a process's high-water resident set (VmHWM in /proc) every 50 ms; Linux only, else 0.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Timer _timer;
        private readonly string _status;
        private long _peakKb;

        public PeakSampler(int pid)
        {
            _status = "/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/status";
            _timer = new Timer(_ => Sample(), null, 0, 50);
        }

        public double PeakMegabytes
        {
            get
            {
                Sample();
                return Interlocked.Read(ref _peakKb) / 1024.0;
            }
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            try
            {
                foreach (var line in File.ReadLines(_status, Encoding.ASCII))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        var kb = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                        long seen;
                        while (kb > (seen = Interlocked.Read(ref _peakKb)) && Interlocked.CompareExchange(ref _peakKb, kb, seen) != seen)
                        {
                        }
                    }
                }
            }
            catch (IOException)
            {
                // The process has exited: the last sample stands.
            }
        }
    }
}
