using System.Text;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F7 (limits review): objects had no limit on their number of members, and every member can cost a report
/// line or a diagnostic. A 3.8 MB file under the 4 MiB limit made a 265 MB report in 12 s (330 000 unknown activity
/// parameters, each a CB1303 warning that lists the kind's parameters), 125 MB from unknown root members, 118 MB from
/// bad fact keys, 46 MB from valid facts. The reader now counts object members over the whole file (default at most
/// 50 000) and checks every array anywhere in the file, before reading: such a file is one CB1026 (or CB1011), read in
/// a fraction of a second, with a report of a few hundred bytes.
/// </summary>
[Collection(HeavyTests.Name)]
public class ReportAmplificationTests
{
    private const string Head = """{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,""";

    private static string Members(string format, int n) => string.Join(",", Enumerable.Range(0, n).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i)));

    public static TheoryData<string, string, string> Floods() => new()
    {
        { "unknown activity parameters", Head + "\"activities\":[{\"kind\":\"cement.clinker\",\"amount\":\"1 t\",\"parameters\":{" + Members("\"p{0}\":1", 330_000) + "}}]}", "/activities/0/parameters" },
        { "unknown root members", Head + Members("\"u{0}\":1", 330_000) + "}", string.Empty },
        { "valid facts", Head + "\"facts\":{" + Members("\"f{0}\":1", 330_000) + "}}", "/facts" },
        { "invalid fact keys", Head + "\"facts\":{" + Members("\"F{0}\":1", 330_000) + "}}", "/facts" },
        { "items of a plugin's JSON parameter", Head + "\"activities\":[{\"kind\":\"lime.kiln\",\"amount\":\"300 t/d\",\"parameters\":{\"kilnType\":\"twin-shaft\",\"replacesKilns\":[" + Members("\"x{0}\"", 300_000) + "]}}]}", "/activities/0/parameters/replacesKilns" },
    };

    [Theory]
    [MemberData(nameof(Floods))]
    public void A_small_file_cannot_make_a_huge_report(string what, string json, string path)
    {
        _ = what;
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.Length.Should().BeLessThan(4 * 1024 * 1024, "the file is within the size limit");
        var engine = Engines.Shared;

        var report = engine.Assess(bytes);
        var size = ReportJson.SerializeToUtf8Bytes(report).Length;

        report.Diagnostics.Should().ContainSingle().Which.Should().Match<DiagnosticReport>(d => (d.Code == "CB1026" || d.Code == "CB1011") && d.Path == path);
        size.Should().BeLessThan(10_000);

        // Before the fix these took 5–12 s each (one diagnostic per element); the single diagnostic asserted above is
        // what makes them fast, so no wall-clock bound is needed (issue 11: no timed assertions).
    }
}
