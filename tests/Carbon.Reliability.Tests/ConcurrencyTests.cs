using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using Xunit.Abstractions;

namespace Carbon.Reliability.Tests;

/// <summary>
/// The engine is documented as safe for concurrent use: 10 000 assessments run in parallel, on an engine that has
/// never assessed anything before (so that every lazily filled cache is filled under contention) and under rotating
/// cultures, give byte for byte the reports a separate engine gives sequentially.
/// </summary>
[Collection(HeavyTests.Name)]
public class ConcurrencyTests(ITestOutputHelper output)
{
    private static readonly string[] Cultures = ["zh-CN", "de-DE", "tr-TR", "ar-SA", "fr-FR", ""];

    /// <summary>The samples, variants of them with other amounts, and a few invalid files: 48 distinct inputs.</summary>
    private static List<byte[]> Inputs()
    {
        var inputs = new List<byte[]>();
        foreach (var sample in Samples.All)
        {
            var text = File.ReadAllText(sample);
            inputs.Add(Encoding.UTF8.GetBytes(text));
            for (var k = 2; k <= 9; k++)
            {
                // "155万 t" → "155万 t" scaled: replace the first digit run of each amount by itself times k.
                inputs.Add(Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(
                    text, "\"amount\": \"([0-9.]+)", m => "\"amount\": \"" + (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * k).ToString("R", CultureInfo.InvariantCulture))));
            }
        }

        foreach (var name in new[] { "CB1001__depth-10000-arrays.json", "CB1020__duplicate-parameter.json", "CB2001__oxidation-nan-from-multipliers.json", "CB7119__carbonate-limestone.json", "CB1205__feedstock-steam.json", "CB4100__coke-coal-equivalent-unconfirmed.json", "CB1303__unknown-ready-mix-parameter.json", "CB7222__lost-dust-exceeds-gross.json" })
        {
            inputs.Add(File.ReadAllBytes(Repo.Corpus("projects", name)));
        }

        return inputs;
    }

    [Fact]
    public void Ten_thousand_parallel_assessments_equal_the_sequential_reports_byte_for_byte()
    {
        var inputs = Inputs();
        var sequentialEngine = Engines.Create();
        var sequential = inputs.Select(i => ReportJson.SerializeToUtf8Bytes(sequentialEngine.Assess(i))).ToArray();
        sequential.Count(r => Encoding.UTF8.GetString(r).Contains("\"co2eTonnes\"", StringComparison.Ordinal)).Should().BeGreaterThan(30, "most inputs assess");

        var parallelEngine = Engines.Create(); // cold: its caches fill under contention
        var mismatches = new ConcurrentBag<int>();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
        {
            var original = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures[i % Cultures.Length]);
            try
            {
                var bytes = ReportJson.SerializeToUtf8Bytes(parallelEngine.Assess(inputs[i % inputs.Count]));
                if (!bytes.AsSpan().SequenceEqual(sequential[i % inputs.Count]))
                {
                    mismatches.Add(i);
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
            }
        });
        output.WriteLine($"10 000 parallel assessments of {inputs.Count} distinct inputs in {watch.Elapsed.TotalSeconds:F1} s, {mismatches.Count} mismatches");

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Parallel_readers_and_parsers_agree_with_sequential_ones()
    {
        var files = Directory.GetFiles(Repo.Corpus("projects")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var reader = new Carbon.Projects.ProjectReader();
        var sequential = files.Select(f => string.Join("|", reader.Read(f).Diagnostics.Select(d => d.Code + d.Path))).ToArray();

        var parallel = new string[files.Length * 10];
        Parallel.For(0, parallel.Length, i => parallel[i] = string.Join("|", reader.Read(files[i % files.Length]).Diagnostics.Select(d => d.Code + d.Path)));

        parallel.Select((p, i) => p == sequential[i % files.Length]).Should().AllBeEquivalentTo(true);
    }
}
