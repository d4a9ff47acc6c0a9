using System.Text.Json;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

public class MoreCommandTests
{
    [Fact]
    public void Factors_list_show_and_search()
    {
        var list = CliRunner.Run("factors", "list", "--dataset", "carbon.gbt2589", "--lang", "en");
        list.Exit.Should().Be(0);
        list.Out.Should().Contain("gbt2589.electricity.coal-equivalent").And.Contain("0.1229").And.Contain("15 records.");

        var show = CliRunner.Run("factors", "show", "grid.mee-nbs.2023.national", "--lang", "en");
        show.Exit.Should().Be(0);
        show.Out.Should().Contain("0.5306 kgCO2/kWh").And.Contain("confirmed").And.Contain("2023");

        var search = CliRunner.Run("factors", "search", "diesel", "--format", "json");
        search.Exit.Should().Be(0);
        using var doc = JsonDocument.Parse(search.Out);
        doc.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(["gbt2589.diesel.coal-equivalent", "fuel-s8.diesel.ncv"]);
        doc.RootElement.EnumerateArray().Should().OnlyContain(r => r.GetProperty("source").GetProperty("document").GetString()!.Length > 0);

        CliRunner.Run("factors", "show", "no.such.record").Exit.Should().Be(2);
        CliRunner.Run("factors", "list", "--dataset", "no.such.set").Exit.Should().Be(2);
    }

    [Fact]
    public void Plugins_lists_the_bundled_plugins()
    {
        var (exit, output, _) = CliRunner.Run("plugins", "--lang", "en");
        exit.Should().Be(0);
        output.Should().Contain("cement").And.Contain("lime").And.Contain("concrete").And.Contain("livestock.herd").And.Contain("cement.clinker").And.Contain("[0.2,0.3)");
    }

    [Theory]
    [InlineData("cement", "cement.clinker")]
    [InlineData("lime", "lime.production")]
    [InlineData("concrete", "concrete.ready-mix")]
    [InlineData("livestock", "livestock.herd")]
    public void Init_writes_a_commented_starter_that_validates(string sector, string kind)
    {
        var dir = Directory.CreateTempSubdirectory("carbon-init-");
        try
        {
            var init = CliRunner.RunIn(dir.FullName, "init", "--sector", sector, "--out", "project.json", "--lang", "zh");
            init.Exit.Should().Be(0, init.Error);
            var text = File.ReadAllText(Path.Combine(dir.FullName, "project.json"));
            text.Should().StartWith("// Carbon 项目文件").And.Contain("// " + kind);
            var validate = CliRunner.RunIn(dir.FullName, "validate", "project.json", "--format", "json");
            validate.Exit.Should().Be(0, validate.Out);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Init_refuses_an_unknown_sector()
    {
        CliRunner.Run("init", "--sector", "glass").Exit.Should().Be(2);
    }

    [Fact]
    public void Batch_of_a_thousand_projects_with_ten_broken_ones()
    {
        var dir = Directory.CreateTempSubdirectory("carbon-batch-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(dir.FullName, "in"));
            var broken = new Dictionary<int, string>
            {
                [7] = "CB1001", [93] = "CB1003", [150] = "CB1201", [222] = "CB2001", [301] = "CB1202",
                [456] = "CB2003", [512] = "CB1007", [678] = "CB4002", [801] = "CB1204", [999] = "CB1008",
            };
            for (var i = 0; i < 1000; i++)
            {
                var energy = $$"""{ "carrier": "coal.raw", "amount": "{{i + 1}} t" }, { "carrier": "electricity", "amount": "{{i + 1}}万 kWh" }""";
                var review = "2026-03-01";
                var year = 2023;
                var nature = "new";
                var id = $"\"id\": \"p{i:D4}\",";
                switch (broken.GetValueOrDefault(i))
                {
                    case "CB1001": energy += ",,"; break;
                    case "CB1003": id = string.Empty; break;
                    case "CB1201": energy = """{ "carrier": "moonshine", "amount": "1 t" }"""; break;
                    case "CB2001": energy = """{ "carrier": "coal.raw", "amount": "lots" }"""; break;
                    case "CB1202": energy = """{ "carrier": "coal.raw", "amount": "5 kWh" }"""; break;
                    case "CB2003": energy = """{ "carrier": "coal.raw", "amount": "-5 t" }"""; break;
                    case "CB1007": nature = "brand-new"; break;
                    case "CB4002": year = 2030; break;
                    case "CB1204": energy = """{ "carrier": "steam", "amount": "5 t" }"""; break;
                    case "CB1008": review = "01/03/2026"; break;
                }

                File.WriteAllText(Path.Combine(input.FullName, $"p{i:D4}.json"), $$"""
                    { "schemaVersion": "1", {{id}} "name": { "zh": "项目", "en": "Project" }, "nature": "{{nature}}",
                      "reportingYear": 2024, "reviewDate": "{{review}}", "energy": [ {{energy}} ],
                      "options": { "gwpSet": "AR5", "electricityFactor": { "series": "mee-nbs", "year": {{year}} } } }
                    """);
            }

            var (exit, output, error) = CliRunner.RunIn(dir.FullName, "batch", "in", "--out", "results.csv", "--parallel", "2", "--lang", "en");
            exit.Should().Be(2, "some inputs are invalid");
            output.Should().Contain("Batch summary");
            error.Split('\n').Count(l => l.StartsWith('[')).Should().Be(1000, "one progress line per project when piped");
            var rows = File.ReadAllLines(Path.Combine(dir.FullName, "results.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            rows.Should().HaveCount(1000);
            rows.Count(r => r[2] == "ok").Should().Be(990);
            var invalid = rows.Where(r => r[2] == "invalid").ToList();
            invalid.Should().HaveCount(10);
            foreach (var (index, code) in broken)
            {
                var row = rows[index];
                row[0].Should().EndWith($"p{index:D4}.json");
                row[2].Should().Be("invalid");
                string.Join(',', row.Skip(8)).Should().Contain(code);
            }

            // Row 0: 1 t coal (0.7143 tce) + 1万 kWh (1.229 tce) = 1.9433 tce.
            double.Parse(rows[0][4], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(1.9433, 1e-9);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Batch_checks_every_project_against_the_named_zoning_pack()
    {
        var root = CliRunner.RepoRoot();
        var dir = Directory.CreateTempSubdirectory("carbon-batch-zoning-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(dir.FullName, "in"));
            // docs/samples/zoning/README.md: the farm inside the no-farming zone is prohibited (rule C-08), the one outside is conditional.
            File.Copy(Path.Combine(root, "docs", "samples", "zoning", "pig-farm-in-no-farming-zone.json"), Path.Combine(input.FullName, "a-inside.json"));
            File.Copy(Path.Combine(root, "docs", "samples", "zoning", "pig-farm-outside-no-farming-zone.json"), Path.Combine(input.FullName, "b-outside.json"));
            var pack = Path.Combine(root, "docs", "samples", "zoning", "sample-district.json");

            var (exit, _, _) = CliRunner.RunIn(dir.FullName, "batch", "in", "--zoning", pack, "--out", "results.csv", "--lang", "en");

            exit.Should().Be(1, "one project is prohibited");
            var rows = File.ReadAllLines(Path.Combine(dir.FullName, "results.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            rows.Should().HaveCount(2);
            rows[0][2].Should().Be("prohibited");
            rows[0][6].Should().Be("prohibited");
            rows[1][2].Should().Be("ok");
            rows[1][6].Should().Be("conditional");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Batch_refuses_a_zoning_pack_that_does_not_load_before_assessing_anything()
    {
        var (exit, _, error) = CliRunner.Run("batch", Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "zoning"), "--zoning", "no-such-pack.json", "--lang", "en");

        exit.Should().Be(2);
        error.Should().Contain("Cannot read the zoning pack 'no-such-pack.json'");
        error.Should().NotContain("[1/");
    }

    [Fact]
    public void Batch_reads_a_csv_list_and_writes_json()
    {
        var root = CliRunner.RepoRoot();
        var dir = Directory.CreateTempSubdirectory("carbon-batch-csv-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "list.csv"), "path,note\n" + Path.Combine(root, "docs", "samples", "factory-energy.json") + ",sample\nmissing.json,gone\n");
            var (exit, _, _) = CliRunner.RunIn(dir.FullName, "batch", "list.csv", "--out", "results.json");
            exit.Should().Be(2);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "results.json")));
            var results = doc.RootElement.EnumerateArray().ToList();
            results.Should().HaveCount(2);
            results[0].GetProperty("status").GetString().Should().Be("ok");
            results[1].GetProperty("status").GetString().Should().Be("invalid");
            results[1].GetProperty("errors").GetString().Should().Contain("CB8001");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

public class ReviewCommandTests
{
    [Fact]
    public void Review_shows_the_regime_tier_and_baselines()
    {
        var sample = Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "cement-clinker-5000tpd.json");
        var (exit, output, error) = CliRunner.Run("review", sample, "--lang", "zh");
        error.Should().BeEmpty();
        exit.Should().Be(0);
        // Review date 2025-10-15 → Order 31 (in force 2025-09-01); 156 175.92 tce ≥ 10 000 tce → provincial.
        output.Should().Contain("国家发展和改革委员会令2025年第31号").And.Contain("省级节能审查机关").And.Contain("10000吨标准煤及以上");
        output.Should().Contain("熟料单位产品综合能耗").And.Contain("标杆与基准之间");
        output.Should().NotContain("温室气体排放（GWP", "the review command prints the review section alone");
    }

    [Fact]
    public void Review_json_has_the_review_and_no_energy_section()
    {
        var sample = Path.Combine(CliRunner.RepoRoot(), "docs", "samples", "review-technical-upgrade.json");
        var (exit, output, _) = CliRunner.Run("review", sample, "--format", "json");
        exit.Should().Be(0);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        doc.RootElement.GetProperty("review").GetProperty("tier").GetString().Should().NotBeNullOrEmpty();
        doc.RootElement.GetProperty("energy").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
