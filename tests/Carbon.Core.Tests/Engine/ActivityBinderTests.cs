using System.Text.Json;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Core.Tests.Engine;

public class ActivityBinderTests
{
    private static readonly ActivityKindDescriptor Kind = new()
    {
        Kind = "test.kiln",
        Name = new LocalizedText("窑", "Kiln"),
        Description = new LocalizedText("窑", "Kiln"),
        AmountDimension = Dimension.OfMass,
        AmountUnit = "t",
        Parameters =
        [
            new ParameterDescriptor { Name = "fraction", Type = ParameterType.Quantity, Dimension = Dimension.None, Required = true, Description = new LocalizedText("分解率", "Calcination fraction") },
            new ParameterDescriptor { Name = "kilnType", Type = ParameterType.Choice, AllowedValues = ["shaft", "rotary"], Required = true, Description = new LocalizedText("窑型", "Kiln type") },
            new ParameterDescriptor { Name = "label", Type = ParameterType.Text, Description = new LocalizedText("标签", "Label") },
        ],
    };

    private static (ActivityInput? Input, List<Diagnostic> Diagnostics) Bind(string parameters)
    {
        using var document = JsonDocument.Parse(parameters);
        var raw = new RawActivity { Kind = "test.kiln", Amount = Quantity.Parse("10 t"), AmountText = "10 t", Parameters = document.RootElement.Clone(), Path = "/activities/0" };
        var diagnostics = new List<Diagnostic>();
        return (ActivityBinder.Bind(raw, Kind, diagnostics), diagnostics);
    }

    [Fact]
    public void A_required_parameter_given_as_null_is_missing_for_the_core()
    {
        // Before: null was skipped as "no value" but counted as given, so the line reached the plugin, which answered with
        // its own code (CB7103 in the cement plugin) instead of the core's CB1304.
        var (input, diagnostics) = Bind("""{ "fraction": null, "kilnType": "shaft" }""");

        input.Should().BeNull("a line with an error never reaches its plugin");
        var d = diagnostics.Should().ContainSingle().Which;
        (d.Code, d.Severity, d.Path).Should().Be(("CB1304", DiagnosticSeverity.Error, "/activities/0/parameters/fraction"));
        d.Message.En.Should().Contain("'fraction'").And.Contain("null").And.Contain("Calcination fraction");
        d.Message.Zh.Should().Contain("“fraction”").And.Contain("null").And.Contain("分解率");
    }

    [Fact]
    public void Two_required_parameters_null_and_absent_are_each_reported()
    {
        var (input, diagnostics) = Bind("""{ "kilnType": null }""");

        input.Should().BeNull();
        diagnostics.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo(new[]
        {
            ("CB1304", "/activities/0/parameters/fraction"),
            ("CB1304", "/activities/0/parameters/kilnType"),
        });
        diagnostics.Single(d => d.Path.EndsWith("/fraction", StringComparison.Ordinal)).Message.En.Should().NotContain("null");
    }

    [Fact]
    public void An_optional_parameter_given_as_null_is_absent()
    {
        var (input, diagnostics) = Bind("""{ "fraction": "98 %", "kilnType": "rotary", "label": null }""");

        diagnostics.Should().BeEmpty();
        input!.Parameters.Keys.Should().BeEquivalentTo("fraction", "kilnType");
        input.Parameters["fraction"].Quantity.Value.Should().Be(0.98);
    }

    [Fact]
    public void A_required_parameter_with_a_bad_value_is_reported_once_as_bad_not_also_as_missing()
    {
        var (input, diagnostics) = Bind("""{ "fraction": "98 %", "kilnType": 3 }""");

        input.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB1305");
    }
}
