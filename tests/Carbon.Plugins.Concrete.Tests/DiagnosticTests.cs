using System.Collections.Immutable;
using System.Reflection;
using Carbon.Plugins.Concrete.Diagnostics;
using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>Every diagnostic of the CB73xx range, with its path, severity and both languages.</summary>
public sealed class DiagnosticTests
{
    private const string P = "/activities/0/parameters/";
    private const string E = P + "embodied";

    public static TheoryData<string, DiagnosticSeverity, string, string> Cases()
    {
        var data = new TheoryData<string, DiagnosticSeverity, string, string>();
        foreach (var c in All)
        {
            data.Add(c.Name, c.Severity, c.Code, c.Path);
        }

        return data;
    }

    private sealed record Case(string Name, string Code, DiagnosticSeverity Severity, string Path, Func<ActivityResult> Run);

    private static readonly DiagnosticSeverity Err = DiagnosticSeverity.Error;

    private static LineBuilder L(string amount = "1 m³") => new(amount);

    private static ActivityResult Embodied(string json, string? strengthClass = null, ConcretePlugin? plugin = null, IEnumerable<FactorRecord>? overrides = null)
    {
        var line = L().Json("embodied", json);
        if (strengthClass is not null)
        {
            line.Choice("strengthClass", strengthClass);
        }

        return Run.ReadyMix(line.Build(), plugin, overrides);
    }

    private static readonly ImmutableArray<Case> All =
    [
        new("boolean given as text", "CB7300", Err, P + "inPark",
            () => Run.ReadyMix(L().Raw("inPark", new ParameterValue { Type = ParameterType.Text, Path = P + "inPark", Raw = "yes", Text = "yes" }).Build())),
        new("embodied given as text", "CB7300", Err, E,
            () => Run.ReadyMix(L().Raw("embodied", new ParameterValue { Type = ParameterType.Text, Path = E, Raw = "300 kg", Text = "300 kg" }).Build())),
        new("amount in tonnes", "CB7301", Err, "/activities/0/amount", () => Run.ReadyMix(L("5 t").Build())),
        new("zero output", "CB7302", Err, "/activities/0/amount", () => Run.ReadyMix(L("0 m³").Build())),
        new("negative output", "CB7302", Err, "/activities/0/amount", () => Run.ReadyMix(L("-3 m³").Build())),
        new("GB/T 51366 named as the methodology", "CB7303", Err, "/options/methods/concrete",
            () => Run.ReadyMix(L().Build(), methods: ImmutableDictionary<string, string>.Empty.Add("concrete", "gbt51366-2019"))),
        new("half a mixing line", "CB7304", Err, P + "mixingLines", () => Run.ReadyMix(L().Number("mixingLines", 1.5).Build())),
        new("no mixing line", "CB7304", Err, P + "mixingLines", () => Run.ReadyMix(L().Number("mixingLines", 0).Build())),
        new("mixing lines with a unit", "CB7304", Err, P + "mixingLines", () => Run.ReadyMix(L().Quantity("mixingLines", "2 m").Build())),
        new("negative distance", "CB7305", Err, P + "distanceToHomes", () => Run.ReadyMix(L().Quantity("distanceToHomes", "-5 m").Build())),
        new("distance as a mass", "CB7305", Err, P + "distanceToHomes", () => Run.ReadyMix(L().Quantity("distanceToHomes", "5 t").Build())),
        new("dust without a time", "CB7306", Err, P + "dustEmission", () => Run.ReadyMix(L().Quantity("dustEmission", "1 t").Build())),
        new("negative dust", "CB7306", Err, P + "dustEmission", () => Run.ReadyMix(L().Quantity("dustEmission", "-1 t/a").Build())),
        new("dust without basis", "CB7307", DiagnosticSeverity.Warning, P + "dustEmission", () => Run.ReadyMix(L().Quantity("dustEmission", "1.2 t/a").Build())),
        new("basis without dust", "CB7308", DiagnosticSeverity.Warning, P + "dustEmissionBasis", () => Run.ReadyMix(L().Choice("dustEmissionBasis", "measured").Build())),
        new("strength class C33", "CB7309", Err, P + "strengthClass", () => Run.ReadyMix(L().Choice("strengthClass", "C33").Build())),
        new("embodied as an array", "CB7310", Err, E, () => Embodied("[1]")),
        new("unknown embodied member", "CB7311", Err, E + "/waterPerM3", () => Embodied("""{ "cementPerM3": "300 kg", "waterPerM3": "180 kg" }""")),
        new("repeated embodied member", "CB7311", Err, E + "/cementPerM3", () => Embodied("""{ "cementPerM3": "300 kg", "cementPerM3": "310 kg" }""")),
        new("unknown others member", "CB7311", Err, E + "/others/0/density",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "1 kg CO2e/t", "source": "s", "density": "2.6 t/m³" } ] }""")),
        new("unknown basis", "CB7312", Err, E + "/basis", () => Embodied("""{ "basis": "volume" }""")),
        new("basis as a number", "CB7312", Err, E + "/basis", () => Embodied("""{ "basis": 1, "cementPerM3": "300 kg" }""")),
        new("strength-class basis without class", "CB7313", Err, E, () => Embodied("""{ "basis": "strength-class" }""")),
        new("no shipped factor for C40", "CB7314", Err, E, () => Embodied("""{ "basis": "strength-class" }""", "C40")),
        new("strength-class basis with contents", "CB7315", Err, E, () => Embodied("""{ "basis": "strength-class", "cementPerM3": "300 kg" }""", "C30")),
        new("cement in kWh", "CB7316", Err, E + "/cementPerM3", () => Embodied("""{ "cementPerM3": "300 kWh" }""")),
        new("negative cement", "CB7316", Err, E + "/cementPerM3", () => Embodied("""{ "cementPerM3": "-1 kg" }""")),
        new("cement without a unit", "CB7316", Err, E + "/cementPerM3", () => Embodied("""{ "cementPerM3": 300 }""")),
        new("unreadable content", "CB7316", Err, E + "/others/0/perM3",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "lots", "factor": "1 kg CO2e/t", "source": "s" } ] }""")),
        new("no material at all", "CB7317", Err, E, () => Embodied("{}")),
        new("empty others only", "CB7317", Err, E, () => Embodied("""{ "others": [] }""")),
        new("others not an array", "CB7318", Err, E + "/others", () => Embodied("""{ "others": { "name": "x" } }""")),
        new("others item not an object", "CB7318", Err, E + "/others/0", () => Embodied("""{ "others": [ "stone" ] }""")),
        new("others item without name", "CB7318", Err, E + "/others/0/name",
            () => Embodied("""{ "others": [ { "perM3": "1 kg", "factor": "1 kg CO2e/t", "source": "s" } ] }""")),
        new("factor without substance", "CB7319", Err, E + "/others/0/factor",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "2 kg/t", "source": "s" } ] }""")),
        new("factor per volume", "CB7319", Err, E + "/others/0/factor",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "2 kg CO2e/m³", "source": "s" } ] }""")),
        new("footprint per tonne", "CB7319", Err, E + "/others/0/footprintPerM3",
            () => Embodied("""{ "others": [ { "name": "x", "footprintPerM3": "5 kg CO2e/t", "source": "s" } ] }""")),
        new("user factor without source", "CB7320", Err, E + "/others/0/source",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "2 kg CO2e/t" } ] }""")),
        new("footprint with content", "CB7321", Err, E + "/others/0",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "footprintPerM3": "5 kg CO2e/m³", "source": "s" } ] }""")),
        new("content without factor", "CB7321", Err, E + "/others/0",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "source": "s" } ] }""")),
        new("user factors refused by the host", "CB7322", Err, E + "/others",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "2 kg CO2e/t", "source": "s" } ] }""",
                plugin: new ConcretePlugin(new ConcreteSettings(AcceptUserSuppliedFactors: false, UnconfirmedFactorPolicy.Warn)))),
        new("shipped factor missing", "CB7323", Err, E + "/cementPerM3", () =>
        {
            var plugin = new ConcretePlugin();
            var context = TestCalculationContext.Empty();
            return plugin.GetCalculator("concrete.ready-mix")!.Calculate(L().Json("embodied", """{ "cementPerM3": "300 kg" }""").Build(), context);
        }),
        new("unconfirmed factor refused by the host", "CB7324", Err, E + "/cementPerM3",
            () => Embodied("""{ "cementPerM3": "300 kg" }""",
                plugin: new ConcretePlugin(new ConcreteSettings(AcceptUserSuppliedFactors: true, UnconfirmedFactorPolicy.Refuse)),
                overrides: [EmbodiedFootprintTests.UnconfirmedCement()])),
        new("unconfirmed factor used", "CB7324", DiagnosticSeverity.Warning, E + "/cementPerM3",
            () => Embodied("""{ "cementPerM3": "300 kg" }""", overrides: [EmbodiedFootprintTests.UnconfirmedCement()])),
        new("single-source sand", "CB7325", DiagnosticSeverity.Info, E + "/sandPerM3", () => Embodied("""{ "sandPerM3": "760 kg" }""")),
        new("user factor in CO2", "CB7326", DiagnosticSeverity.Info, E + "/others/0/factor",
            () => Embodied("""{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "2 kg CO2/t", "source": "s" } ] }""")),
        new("override in the wrong unit", "CB7327", Err, E + "/cementPerM3",
            () => Embodied("""{ "cementPerM3": "300 kg" }""", overrides: [EmbodiedFootprintTests.UnconfirmedCement("kg CO2e/m³")])),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_problem_gets_its_stable_code_path_and_message(string name, DiagnosticSeverity severity, string code, string path)
    {
        var result = All.Single(c => c.Name == name).Run();

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == code, name).Subject;
        diagnostic.Severity.Should().Be(severity, name);
        diagnostic.Path.Should().Be(path, name);
        diagnostic.Message.IsComplete.Should().BeTrue();
        diagnostic.Message.Zh.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", "the Chinese message is in Chinese");
        System.Text.RegularExpressions.Regex.Replace(diagnostic.Message.En, "\"[^\"]*\"|'[^']*'", string.Empty)
            .Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", "the English message is in English (quoted input may be Chinese)");
        result.Emissions.Should().BeEmpty();
        if (severity == DiagnosticSeverity.Error)
        {
            result.Indicators.Should().BeEmpty(name);
            result.Facts.Should().BeEmpty(name);
        }
        else
        {
            result.Indicators.Should().NotBeEmpty(name);
        }
    }

    [Fact]
    public void Every_declared_code_has_a_case()
    {
        var declared = typeof(ConcreteDiagnostics)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        declared.Should().OnlyHaveUniqueItems();
        declared.Should().OnlyContain(c => c.StartsWith("CB73", StringComparison.Ordinal) && c.Length == 6);
        All.Select(c => c.Code).Distinct().Should().BeEquivalentTo(declared);
    }
}
