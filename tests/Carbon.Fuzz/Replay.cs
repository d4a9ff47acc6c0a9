using System.Diagnostics;
using System.Globalization;
using Carbon.Fuzz.Targets;

namespace Carbon.Fuzz;

/// <summary>Runs inputs through a harness without AFL: one line per input, the exception and its first frames for findings.</summary>
internal static class Replay
{
    public static int Run(IFuzzTarget target, IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var summary = target.Check(File.ReadAllBytes(file));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok    {watch.ElapsedMilliseconds,6} ms  {Path.GetFileName(file)}: {summary}"));
            }
#pragma warning disable CA1031 // Triage: every exception is the finding to print.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                var frames = (ex.StackTrace ?? string.Empty).Split('\n').Take(4).Select(f => f.Trim());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL  {watch.ElapsedMilliseconds,6} ms  {Path.GetFileName(file)}: {ex.GetType().Name}: {ex.Message}"));
                foreach (var frame in frames)
                {
                    Console.WriteLine("        " + frame);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count - failures} passed, {failures} failed"));
        return failures == 0 ? 0 : 1;
    }
}
