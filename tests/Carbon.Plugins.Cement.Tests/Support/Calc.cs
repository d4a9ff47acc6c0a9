using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins.Cement.Tests.Support;

/// <summary>Shortcuts for running the plugin's calculators in tests.</summary>
internal static class Calc
{
    public static readonly CementPlugin Plugin = new();

    public static ActivityResult Run(ActivityInput input, string? method = null) =>
        Plugin.GetCalculator(input.Kind)!.Calculate(input, TestCalculationContext.Over(Plugin.DataSets[0], method));

    public static double Total(this ActivityResult result) => result.Emissions.Sum(e => e.Tonnes);

    public static IEnumerable<string> Codes(this ActivityResult result) => result.Diagnostics.Select(d => d.Code);

    public static Diagnostic Single(this ActivityResult result, string code) => result.Diagnostics.Should().ContainSingle(d => d.Code == code).Subject;

    public static bool HasErrors(this ActivityResult result) => result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
