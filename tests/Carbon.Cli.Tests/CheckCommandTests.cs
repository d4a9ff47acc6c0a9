using System.Text.Json;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

/// <summary><c>carbon check</c> on the four zoning samples against the embedded sample district (docs/samples/zoning/README.md).</summary>
public class CheckCommandTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "zoning", name);

    [Theory]
    // In the park with replacement at the legal ratio: conditional (offsets NOx and VOCs at 2× for O3 non-attainment).
    [InlineData("clinker-line-park-with-replacement.json", "conditional", 0)]
    // Same line without replacement: prohibited by the capacity-replacement clause.
    [InlineData("clinker-line-park-without-replacement.json", "prohibited", 1)]
    // A pig farm inside the no-farming zone along the river: prohibited.
    [InlineData("pig-farm-in-no-farming-zone.json", "prohibited", 1)]
    // The same farm in the rural general-control unit: allowed with conditions.
    [InlineData("pig-farm-outside-no-farming-zone.json", "conditional", 0)]
    public void Sample_verdicts(string file, string verdict, int exitCode)
    {
        var (exit, output, error) = CliRunner.Run("check", Sample(file), "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(exitCode);
        using var doc = JsonDocument.Parse(output);
        var zoning = doc.RootElement.GetProperty("zoning");
        zoning.GetProperty("verdict").GetString().Should().Be(verdict);
        zoning.GetProperty("pack").GetProperty("sample").GetBoolean().Should().BeTrue("the embedded district is labelled as sample data");
        if (verdict == "prohibited")
        {
            zoning.GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("outcome").GetString() == "fail" && r.GetProperty("effect").GetString() == "prohibit")
                .Should().NotBeEmpty()
                .And.OnlyContain(r => r.GetProperty("citation").GetProperty("document").GetString()!.Length > 0);
        }
    }

    [Fact]
    public void Check_table_names_the_unit_and_the_clause()
    {
        var (exit, output, _) = CliRunner.Run("check", Sample("clinker-line-park-without-replacement.json"), "--lang", "zh");
        exit.Should().Be(1);
        output.Should().Contain("ZH99010120001").And.Contain("禁止").And.Contain("示例数据");
    }

    [Fact]
    public void Advisory_mode_never_prohibits()
    {
        var (exit, output, _) = CliRunner.Run("check", Sample("pig-farm-in-no-farming-zone.json"), "--advisory", "--format", "json");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("zoning").GetProperty("pack").GetProperty("enforcement").GetString().Should().Be("advisory");
    }

    [Fact]
    public void A_broken_pack_is_invalid_input()
    {
        var dir = Directory.CreateTempSubdirectory("carbon-pack-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "pack.json"), "{ \"id\": ");
            var (exit, _, error) = CliRunner.Run("check", Sample("pig-farm-in-no-farming-zone.json"), "--zoning", Path.Combine(dir.FullName, "pack.json"));
            exit.Should().Be(2);
            error.Should().Contain("CB6");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_external_pack_folder_is_used()
    {
        var (exit, output, _) = CliRunner.Run("check", Sample("pig-farm-in-no-farming-zone.json"), "--zoning", Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "zoning", "sample-district.json"), "--format", "json");
        exit.Should().Be(1);
        output.Should().Contain("\"verdict\": \"prohibited\"");
    }
}
