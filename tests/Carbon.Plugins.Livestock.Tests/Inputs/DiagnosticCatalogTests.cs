using System.Reflection;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Inputs;

/// <summary>Every diagnostic code of the plugin, each triggered by a line, with its severity, path and both languages.</summary>
public class DiagnosticCatalogTests
{
    private static readonly DateOnly AsOf = new(2025, 10, 1);

    private static HerdLineBuilder Swine(string amount = "10000 head") =>
        HerdLineBuilder.Of("swine-market", amount).Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0));

    private static readonly FactorRecord BadUnit = new()
    {
        Id = "project.bad-unit",
        Subject = "livestock.swine",
        Parameter = "enteric-ch4-ef",
        Value = 1,
        Unit = "kg",
        Gas = Gas.CH4,
        Variant = "ipcc-2006-asia",
        Source = new SourceCitation("a defective override"),
        Status = DataStatus.ProjectSupplied,
    };

    /// <summary>code, severity, path, line, method, as-of, overrides.</summary>
    public static TheoryData<string, DiagnosticSeverity, string, Func<HerdLineBuilder>, string?, DateOnly?, FactorRecord?> Cases => new()
    {
        { "CB7401", DiagnosticSeverity.Error, "/activities/0/amount", () => Swine("10 t"), null, null, null },
        { "CB7402", DiagnosticSeverity.Error, "/activities/0/parameters/category", () => Swine().Choice("category", "llama"), null, null, null },
        { "CB7403", DiagnosticSeverity.Error, "/activities/0/parameters/category", () => HerdLineBuilder.Of("yak", "100 head"), null, null, null },
        { "CB7404", DiagnosticSeverity.Error, "/options/methods/livestock", () => Swine(), "ipcc-2019-tier1", null, null },
        { "CB7405", DiagnosticSeverity.Error, "/activities/0/parameters/population", () => Swine().Without("population"), null, null, null },
        { "CB7406", DiagnosticSeverity.Error, "/activities/0/parameters/daysAlive", () => Swine().Choice("population", "sold"), null, null, null },
        { "CB7407", DiagnosticSeverity.Error, "/activities/0/parameters/manureSystems", () => Swine().Shares("manureSystems", ("solid-storage", 0.9)), null, null, null },
        { "CB7408", DiagnosticSeverity.Error, "/activities/0/parameters/manureSystems", () => Swine().Without("manureSystems"), null, null, null },
        { "CB7409", DiagnosticSeverity.Error, "/activities/0/parameters/temperature", () => Swine().Without("temperature"), null, null, null },
        { "CB7410", DiagnosticSeverity.Error, "/activities/0/parameters/temperature", () => Swine().Quantity("temperature", "5 °C"), null, null, null },
        { "CB7411", DiagnosticSeverity.Error, "/activities/0/parameters/region", () => HerdLineBuilder.Of("swine-market", "100 head"), LivestockMethods.GbT32151Part22, null, null },
        { "CB7412", DiagnosticSeverity.Error, "/activities/0/parameters/climateZone", () => HerdLineBuilder.Of("sheep", "100 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)).Quantity("typicalMass", "45 kg").Number("fracGasMs", 0.2), null, null, null },
        { "CB7413", DiagnosticSeverity.Warning, "/activities/0/parameters/category", () => HerdLineBuilder.Of("swine", "100 head").Choice("region", "华东"), LivestockMethods.ChinaProvincialInventory2011, null, null },
        { "CB7414", DiagnosticSeverity.Error, "/activities/0/parameters/manureSystems/aerobic-treatment", () => Swine().Shares("manureSystems", ("aerobic-treatment", 1.0)).Number("fracGasMs", 0.1), null, null, null },
        { "CB7415", DiagnosticSeverity.Error, "/activities/0/parameters/manureSystems/solid-storage", () => HerdLineBuilder.Of("beef-cattle", "100 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)), null, null, null },
        { "CB7416", DiagnosticSeverity.Error, "/activities/0/parameters/typicalMass", () => HerdLineBuilder.Of("layers", "100 head").Choice("climateZone", "warm").Shares("manureSystems", ("solid-storage", 1.0)).Number("fracGasMs", 0.4), null, null, null },
        { "CB7417", DiagnosticSeverity.Error, "/activities/0/parameters/ageClass", () => HerdLineBuilder.Of("beef-cattle", "100 head").Choice("region", "西南"), LivestockMethods.GbT32151Part22, null, null },
        { "CB7418", DiagnosticSeverity.Error, "/activities/0/parameters/feedingMode", () => HerdLineBuilder.Of("goats", "100 head").Choice("region", "西北"), LivestockMethods.ChinaProvincialInventory2011, null, null },
        { "CB7419", DiagnosticSeverity.Warning, "/activities/0/parameters/region", () => Swine().Choice("region", "中南"), null, null, null },
        { "CB7420", DiagnosticSeverity.Info, "/activities/0/parameters/category", () => HerdLineBuilder.Of("broilers", "100 head").Choice("climateZone", "warm").Shares("manureSystems", ("solid-storage", 1.0)).Quantity("typicalMass", "2 kg").Number("fracGasMs", 0.4), null, null, null },
        { "CB7421", DiagnosticSeverity.Error, "/activities/0/parameters/fracGasMs/solid-storage", () => Swine().Json("fracGasMs", "{\"solid-storage\": \"abc\"}"), null, null, null },
        { "CB7422", DiagnosticSeverity.Error, "/activities/0/parameters/category", () => Swine(), null, null, BadUnit },
        { "CB7423", DiagnosticSeverity.Info, "/activities/0/parameters/category", () => HerdLineBuilder.Of("camels", "10 head"), null, null, null },
        { "CB7424", DiagnosticSeverity.Info, "/activities/0/parameters/category", () => HerdLineBuilder.Of("turkeys", "10 head"), null, null, null },
        { "CB7425", DiagnosticSeverity.Error, "/activities/0/parameters/scaleStandard", () => Swine().Text("scaleStandard", "nowhere-1999"), null, null, null },
        { "CB7426", DiagnosticSeverity.Warning, "/activities/0/parameters/scaleStandard", () => HerdLineBuilder.Of("layers", "5000 head").Text("scaleStandard", "moa-2025"), null, new DateOnly(2025, 1, 1), null },
        { "CB7427", DiagnosticSeverity.Error, "/activities/0/parameters/allowUnconfirmed", () => Swine().Text("allowUnconfirmed", "yes"), null, null, null },
        { "CB7428", DiagnosticSeverity.Warning, "/activities/0/parameters/category", () => HerdLineBuilder.Of("sheep", "30 head"), null, null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_code_is_reported_with_severity_path_and_both_languages(
        string code, DiagnosticSeverity severity, string path, Func<HerdLineBuilder> line, string? method, DateOnly? asOf, FactorRecord? overrideRecord)
    {
        var result = Herds.Run(line(), method, asOf ?? AsOf, overrideRecord is null ? null : [overrideRecord]);

        var diagnostic = result.Diagnostics.First(d => d.Code == code);
        diagnostic.Severity.Should().Be(severity);
        diagnostic.Path.Should().Be(path);
        diagnostic.Message.IsComplete.Should().BeTrue();
        diagnostic.Message.Zh.Should().MatchRegex("[\u4e00-\u9fff]");
        diagnostic.Message.En.Should().MatchRegex("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", "the English text may quote Chinese terms but is English");
        diagnostic.Message.En.Should().NotBe(diagnostic.Message.Zh);
        if (severity == DiagnosticSeverity.Error)
        {
            result.Emissions.Should().BeEmpty("an error means no emissions are taken from the line");
        }
    }

    [Fact]
    public void Every_code_constant_has_a_case_and_codes_are_unique_in_the_CB74_range()
    {
        var codes = typeof(LivestockDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
            .Select(f => (string)f.GetValue(null)!).ToList();
        codes.Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.StartsWith("CB74", StringComparison.Ordinal) && c.Length == 6);
        Cases.Select(c => (string)c[0]).Should().BeEquivalentTo(codes);
    }

    [Fact]
    public void Every_code_is_listed_in_the_methodology_page()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "methodology", "livestock.md"));
        foreach (var field in typeof(LivestockDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            page.Should().Contain((string)field.GetValue(null)!);
        }
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Carbon.sln not found above the test directory.");
    }
}
