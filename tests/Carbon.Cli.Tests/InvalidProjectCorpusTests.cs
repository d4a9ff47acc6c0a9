using System.Diagnostics;
using System.Text.Json;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

/// <summary>
/// Replays every file in InvalidProjects/: each is named <c>&lt;code&gt;__&lt;what is wrong&gt;.json</c> and must give that
/// diagnostic code, exit code 2, a JSON path and a message in both languages — never an unhandled exception.
/// </summary>
public class InvalidProjectCorpusTests
{
    private static readonly string Folder = Path.Combine(CliRunner.RepoRoot(), "tests", "Carbon.Cli.Tests", "InvalidProjects");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_files()
    {
        Files().Count.Should().BeGreaterThanOrEqualTo(30);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_invalid_file_gives_its_diagnostic_and_exit_code_2(string file)
    {
        var expectedCode = file[..file.IndexOf("__", StringComparison.Ordinal)];
        var watch = Stopwatch.StartNew();
        var (exit, output, error) = CliRunner.Run("validate", Path.Combine(Folder, file), "--format", "json");
        watch.Stop();

        error.Should().BeEmpty("an invalid file is a diagnostic, not a crash");
        exit.Should().Be(2);
        using var report = JsonDocument.Parse(output);
        var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Should().Contain(d => d.GetProperty("code").GetString() == expectedCode && d.GetProperty("severity").GetString() == "error");
        diagnostics.Should().OnlyContain(d =>
            d.GetProperty("message").GetProperty("zh").GetString()!.Length > 0
            && d.GetProperty("message").GetProperty("en").GetString()!.Length > 0
            && d.GetProperty("path").ValueKind == JsonValueKind.String);
        report.RootElement.GetProperty("energy").ValueKind.Should().Be(JsonValueKind.Null, "invalid input gives no numbers");
    }
}
