using System.Globalization;
using Carbon.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Carbon.Reliability.Tests;

/// <summary>
/// Replays the invalid-input corpus (Corpus/README.md): every case must give its named diagnostic, structured (code,
/// severity, JSON Pointer, zh and en), without an unhandled exception, within one second.
/// </summary>
public class CorpusReplayTests(ITestOutputHelper output)
{

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in CorpusReplayer.All())
        {
            data.Add(c.Kind, c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_its_structured_diagnostic(string kind, string name)
    {
        var c = CorpusReplayer.Cases(kind).Single(x => x.Name == name);
        _ = Engines.Shared;
        var first = CorpusReplayer.Replay(c); // compiles the code paths this case takes: start-up, not the case

        var outcome = CorpusReplayer.Replay(c);
        first.Exception.Should().BeNull("bad input is a diagnostic, never a crash");

        outcome.Exception.Should().BeNull("bad input is a diagnostic, never a crash");
        outcome.Matched.Should().BeTrue($"{c} must give {c.Expected}; it gave {outcome.Detail}");
        outcome.Structured.Should().BeTrue($"every diagnostic of {c} must have a code, a severity, a JSON Pointer and both messages ({outcome.Detail})");
        // The time is measured and reported by the summary test, not asserted: no timed assertions in the test suite.
    }

    [Fact]
    public void The_whole_corpus_replays_with_100_percent_structured_diagnostics_and_no_exception()
    {
        _ = Engines.Shared;
        var warmUp = CorpusReplayer.All().Select(CorpusReplayer.Replay).ToList(); // the first pass compiles every path
        var outcomes = CorpusReplayer.All().Select(CorpusReplayer.Replay).ToList();
        warmUp.Where(o => o.Exception is not null).Select(o => o.Case.ToString()).Should().BeEmpty("no case may throw, cold or warm");

        foreach (var kind in CorpusReplayer.Kinds)
        {
            var of = outcomes.Where(o => o.Case.Kind == kind).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-18} {of.Count,4} cases  matched {of.Count(o => o.Matched),4}  structured {of.Count(o => o.Structured),4}  exceptions {of.Count(o => o.Exception is not null)}  slowest {of.Max(o => o.Elapsed.TotalMilliseconds),7:F1} ms ({of.MaxBy(o => o.Elapsed)!.Case.Name})"));
        }

        var structuredShare = 100.0 * outcomes.Count(o => o.Structured && o.Matched) / outcomes.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total              {outcomes.Count,4} cases  {structuredShare:F1} % structured and matched, {outcomes.Count(o => o.Exception is not null)} unhandled exceptions, {outcomes.Count(o => o.Elapsed > CorpusReplayer.Bound)} over 1 s"));
        foreach (var failed in outcomes.Where(o => !o.Passed))
        {
            output.WriteLine($"FAILED {failed.Case} (expected {failed.Case.Expected}): {failed.Exception ?? failed.Detail} in {failed.Elapsed.TotalMilliseconds:F0} ms");
        }

        outcomes.Count.Should().BeGreaterThanOrEqualTo(300, "the corpus has at least 300 cases");
        outcomes.Where(o => o.Exception is not null).Select(o => o.Case.ToString()).Should().BeEmpty("no case may throw");
        outcomes.Where(o => !o.Matched || !o.Structured).Select(o => o.Case + " → " + o.Detail).Should().BeEmpty("every case gives its structured diagnostic");

        // Issue 12's "each within 1 s" is reported above (slowest case per kind, and the count over 1 s), not asserted:
        // a wall-clock bound fails on a loaded machine for reasons that are not the code's (issue 11, the guide).
    }

    [Fact]
    public void The_corpus_reaches_every_diagnostic_of_project_reading_and_checking()
    {
        // Codes of the core's readers and checks that bad input can raise (docs/diagnostics.md). CB1010 (file size) and
        // CB1021 (vertices) need multi-megabyte inputs and are covered by LimitsTests instead.
        string[] reachable =
        [
            "CB1001", "CB1002", "CB1003", "CB1004", "CB1005", "CB1006", "CB1007", "CB1008", "CB1009", "CB1011", "CB1012", "CB1014",
            "CB1015", "CB1016", "CB1017", "CB1018", "CB1019", "CB1020", "CB1022", "CB1023", "CB1024", "CB1025", "CB1026", "CB1201", "CB1202", "CB1203",
            "CB1204", "CB1205", "CB1210", "CB1211", "CB1301", "CB1302", "CB1303", "CB1304", "CB1305", "CB1306", "CB1307", "CB1310",
            "CB1311", "CB2001", "CB2002", "CB2003", "CB2004", "CB3103", "CB4001", "CB4002", "CB4100", "CB4105",
        ];
        var named = CorpusReplayer.Cases("projects").Select(c => c.Expected).ToHashSet(StringComparer.Ordinal);

        reachable.Where(code => !named.Contains(code)).Should().BeEmpty();
    }
}
