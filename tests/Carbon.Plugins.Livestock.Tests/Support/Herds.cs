using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>Shared plugin instance and helpers to run one herd line.</summary>
internal static class Herds
{
    public static readonly LivestockPlugin Plugin = new();

    public static ActivityResult Run(HerdLineBuilder line, string? method = null, DateOnly? asOf = null, IEnumerable<FactorRecord>? overrides = null) =>
        Run(line.Build(), method, asOf, overrides);

    public static ActivityResult Run(ActivityInput input, string? method = null, DateOnly? asOf = null, IEnumerable<FactorRecord>? overrides = null)
    {
        var context = TestCalculationContext.For(Plugin, method, asOf, overrides);
        return Plugin.GetCalculator("livestock.herd")!.Calculate(input, context);
    }

    public static GasEmission Line(this ActivityResult result, Gas gas, string label) => result.Emissions.Single(e => e.Gas == gas && e.Label?.En == label);

    public static double Tonnes(this ActivityResult result, Gas gas, string label) => result.Line(gas, label).Tonnes;

    public static double Sum(this ActivityResult result, Gas gas) => result.Emissions.Where(e => e.Gas == gas).Sum(e => e.Tonnes);

    public static IEnumerable<string> Codes(this ActivityResult result, DiagnosticSeverity? severity = null) =>
        result.Diagnostics.Where(d => severity is null || d.Severity == severity).Select(d => d.Code);

    public static Diagnostic Single(this ActivityResult result, string code) => result.Diagnostics.Single(d => d.Code == code);

    public static bool HasErrors(this ActivityResult result) => result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public static Sdk.Facts.Fact Fact(this ActivityResult result, string key) => result.Facts.Single(f => f.Key == key);

    /// <summary>CO2e by hand: t CH4 × GWP_CH4 + t N2O × GWP_N2O (the core's job; done here only to check the §6.2 totals).</summary>
    public static double Co2e(this ActivityResult result, double gwpCh4, double gwpN2O) => (result.Sum(Gas.CH4) * gwpCh4) + (result.Sum(Gas.N2O) * gwpN2O);
}
