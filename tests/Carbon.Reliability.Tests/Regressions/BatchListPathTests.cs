using System.Text.Json;
using Carbon.Reliability.Tests.Support;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F5 (corpus batch/CB8001__nul-in-path.csv): a batch list whose path cell held a NUL character made
/// Path.GetFullPath throw while the list was read, so <c>carbon batch</c> stopped with "Internal error (exit 3)" and
/// assessed nothing. The row now fails alone with CB8001 ("not a valid file path") and the other rows are assessed.
/// </summary>
public class BatchListPathTests
{
    [Fact]
    public void A_path_with_a_NUL_character_fails_its_row_only()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("ok.json"), """{"schemaVersion":"1","id":"ok","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025}""");
        File.WriteAllText(temp.File("list.csv"), "path\nok.json\nbad\0name.json\n");

        var (exit, _, error) = CliRunner.Run(temp.Path, "batch", "list.csv", "--out", "results.json", "--parallel", "1");

        exit.Should().Be(2, "one row is invalid input; nothing is an internal error");
        error.Should().NotContain("Internal error");
        using var results = JsonDocument.Parse(File.ReadAllText(temp.File("results.json")));
        var rows = results.RootElement.EnumerateArray().ToList();
        rows.Should().HaveCount(2);
        rows[0].GetProperty("status").GetString().Should().Be("ok");
        rows[1].GetProperty("status").GetString().Should().Be("invalid");
        rows[1].GetProperty("errors").GetString().Should().StartWith("CB8001").And.Contain("not a valid file path");
    }
}
