using Carbon.Reliability.Tests.Support;
using static Carbon.Reliability.Tests.Support.ProjectJson;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Issue 12: a required activity parameter given as <c>null</c> passed the core's check (null was skipped as "no value"
/// but counted as given) and reached the plugin, which reported it in its own words (CB7103 for cement) — or, in a
/// plugin that trusted the core, not at all. The core's ActivityBinder now reports it as missing (CB1304), with its
/// path, before any plugin sees the line; corpus: projects/CB1304__*-with-null-*.
/// </summary>
public class NullRequiredParameterTests
{
    [Theory]
    [InlineData("cement.cement", """{ "clinkerFraction": null }""", "clinkerFraction")]
    [InlineData("lime.carbonate-input", """{ "carbonate": null, "calcinationFraction": "98 %" }""", "carbonate")]
    [InlineData("lime.carbonate-input", """{ "carbonate": "calcite", "calcinationFraction": null }""", "calcinationFraction")]
    public void A_required_parameter_given_as_null_is_CB1304_from_the_core(string kind, string parameters, string name)
    {
        var report = Engines.Shared.Assess(With(activities: $$"""{ "kind": "{{kind}}", "amount": "1万 t", "parameters": {{parameters}} }"""));

        report.Diagnostics.Where(d => d.Severity == "error").Should().ContainSingle()
            .Which.Should().Match<Carbon.Reports.DiagnosticReport>(d => d.Code == "CB1304" && d.Path == "/activities/0/parameters/" + name);
        report.Emissions.Should().BeNull();
    }
}
