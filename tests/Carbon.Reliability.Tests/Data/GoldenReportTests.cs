using System.Text;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;

namespace Carbon.Reliability.Tests.Data;

/// <summary>
/// A report produced today is reproduced byte for byte from the same project file and data-set versions: the JSON
/// reports of two samples are committed in Data/Golden and compared byte for byte. They are regression pins, not
/// hand-worked values (the samples' numbers are worked by hand in their .md pages and plugin tests).
/// </summary>
/// <remarks>
/// To re-bless after an intentional change (a new data-set version, a new engine version, a report schema change):
/// <c>CARBON_BLESS=1 dotnet test tests/Carbon.Reliability.Tests --filter GoldenReportTests</c>, then review the diff of
/// Data/Golden/*.json line by line and commit it with the change that caused it (docs/security.md#data-integrity).
/// </remarks>
public class GoldenReportTests
{
    [Theory]
    [InlineData("cement-clinker-5000tpd")]
    [InlineData("lime-kiln-twin-shaft")]
    public void The_sample_report_is_reproduced_byte_for_byte(string sample)
    {
        var golden = Repo.Path("tests", "Carbon.Reliability.Tests", "Data", "Golden", sample + ".report.json");
        var engine = Engines.Create(); // a fresh engine: nothing carried over from other tests
        var actual = ReportJson.SerializeToUtf8Bytes(engine.Assess(File.ReadAllBytes(Repo.Path("docs", "samples", sample + ".json"))));

        if (Environment.GetEnvironmentVariable("CARBON_BLESS") == "1")
        {
            File.WriteAllBytes(golden, actual);
        }

        File.Exists(golden).Should().BeTrue($"{golden} is committed (bless it with CARBON_BLESS=1)");
        var expected = File.ReadAllBytes(golden);
        if (!actual.AsSpan().SequenceEqual(expected))
        {
            var a = Encoding.UTF8.GetString(actual).Split('\n');
            var e = Encoding.UTF8.GetString(expected).Split('\n');
            var line = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
            var at = line < Math.Min(a.Length, e.Length) ? $"line {line + 1}: expected {e[line].Trim()} but got {a[line].Trim()}" : "lengths differ";
            actual.Should().Equal(expected, $"the report of {sample} changed ({at}); if intended, re-bless (see the remarks)");
        }
    }
}
