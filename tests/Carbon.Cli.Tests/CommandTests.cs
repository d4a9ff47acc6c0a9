using System.Text.Json;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

public class CommandTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot(), "docs", "samples", name);

    [Fact]
    public void Assess_prints_tables_in_english()
    {
        var (exit, output, error) = CliRunner.Run("assess", Sample("factory-energy.json"), "--lang", "en");
        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("Energy use (GB/T 2589)").And.Contain("Comprehensive energy (equivalent value)").And.Contain("Greenhouse-gas emissions (GWP: AR5)");
        // Coal 1.5万 t × 0.7143 = 10 714.50 tce, rounded per GB/T 8170 to two decimals.
        output.Should().Contain("10,714.50");
        output.Should().NotContain("热力", "English output must not mix languages in labels");
    }

    [Fact]
    public void Assess_prints_tables_in_chinese()
    {
        var (exit, output, _) = CliRunner.Run("assess", Sample("factory-energy.json"), "--lang", "zh");
        exit.Should().Be(0);
        output.Should().Contain("能源消费（GB/T 2589）").And.Contain("综合能耗（当量值）").And.Contain("温室气体排放");
    }

    [Fact]
    public void Language_follows_the_system_culture_when_not_given()
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CarbonCli.Run(["assess", Sample("factory-energy.json")], new Hosting.CliEnvironment(o, e, "zh-CN", false, CliRunner.RepoRoot()));
        exit.Should().Be(0);
        o.ToString().Should().Contain("综合能耗（当量值）");
    }

    [Fact]
    public void Json_output_is_the_report()
    {
        var (exit, output, _) = CliRunner.Run("assess", Sample("factory-energy.json"), "--format", "json");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("schemaVersion").GetString().Should().Be("2");
        // 1.5万 t coal = 15 000 t × 0.7143 = 10 714.5 tce.
        doc.RootElement.GetProperty("energy").GetProperty("carriers")[0].GetProperty("equivalentTce").GetDouble().Should().BeApproximately(10_714.5, 1e-9);
    }

    [Fact]
    public void Explain_shows_every_trace_with_its_factor_and_status()
    {
        var (_, output, _) = CliRunner.Run("assess", Sample("factory-energy.json"), "--explain", "--lang", "en");
        output.Should().Contain("Formula: FC × NCV × CC × OF × 44/12");
        output.Should().Contain("fuel-s8.coal.raw.carbon-content = 26.37 tC/TJ [single source]");
        output.Should().Contain("gbt2589.electricity.coal-equivalent = 0.1229 kgCE/kWh".Replace("CE", "ce", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_never_overwrites_without_force()
    {
        var dir = Directory.CreateTempSubdirectory("carbon-cli-");
        try
        {
            var target = Path.Combine(dir.FullName, "report.json");
            File.WriteAllText(target, "keep me");
            var (exit, _, error) = CliRunner.RunIn(dir.FullName, "assess", Sample("factory-energy.json"), "--format", "json", "--out", "report.json");
            exit.Should().Be(2);
            error.Should().Contain("--force");
            File.ReadAllText(target).Should().Be("keep me");

            var (exit2, _, _) = CliRunner.RunIn(dir.FullName, "assess", Sample("factory-energy.json"), "--format", "json", "--out", "report.json", "--force");
            exit2.Should().Be(0);
            File.ReadAllText(target).Should().StartWith("{");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("assess", "missing-file.json")]
    [InlineData("assess", "docs", "--lang", "en")]
    [InlineData("frobnicate")]
    [InlineData("assess", "docs/samples/factory-energy.json", "--format", "pdf")]
    [InlineData("assess", "docs/samples/factory-energy.json", "--colour")]
    [InlineData("assess", "docs/samples/factory-energy.json", "--lang", "fr")]
    public void Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);
        exit.Should().Be(2);
        error.Should().NotBeEmpty();
        error.Should().NotContain("   at ", "no stack traces for the user");
    }

    [Fact]
    public void Schema_prints_the_project_schema()
    {
        var (exit, output, _) = CliRunner.Run("schema");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("$id").GetString().Should().Be("urn:carbon:project:1");
        CliRunner.Run("schema", "report").Out.Should().Contain("urn:carbon:report:2");
    }

    [Fact]
    public void Help_is_bilingual()
    {
        CliRunner.Run("--help", "--lang", "zh").Out.Should().Contain("命令");
        CliRunner.Run("--help", "--lang", "en").Out.Should().Contain("Commands");
        CliRunner.Run("help", "assess", "--lang", "en").Out.Should().Contain("--explain");
    }

    [Fact]
    public void An_internal_error_exits_3_without_a_stack_trace()
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CarbonCli.Run(["assess", Sample("factory-energy.json")], new Hosting.CliEnvironment(o, e, "en", false, CliRunner.RepoRoot()), () => throw new InvalidOperationException("simulated defect"));
        exit.Should().Be(3);
        e.ToString().Should().Contain("simulated defect").And.NotContain("   at ");
    }

    [Fact]
    public void Every_bundled_sample_assesses_cleanly()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "docs", "samples"), "*.json"))
        {
            var (exit, output, error) = CliRunner.Run("assess", file, "--format", "json");
            error.Should().BeEmpty(file);
            exit.Should().BeOneOf([0, 1], file);
            JsonDocument.Parse(output).RootElement.GetProperty("energy").ValueKind.Should().Be(JsonValueKind.Object, file);
        }
    }
}
