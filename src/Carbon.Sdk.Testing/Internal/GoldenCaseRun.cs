using System.Globalization;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>Runs golden cases and compares their results with the expected, hand-worked values.</summary>
internal static class GoldenCaseRun
{
    public static ActivityResult Run(ISectorPlugin plugin, GoldenCase golden, int reportingYear)
    {
        var input = ActivityLineReader.Read(plugin, golden.ActivityJson);
        var calculator = plugin.GetCalculator(input.Kind)
            ?? throw new InvalidOperationException($"Golden case '{golden.Name}': the plugin has no calculator for '{input.Kind}'.");
        return calculator.Calculate(input, PluginCalculationContext.For(plugin, golden.Methodology, reportingYear));
    }

    public static IEnumerable<string> Compare(GoldenCase golden, ActivityResult result)
    {
        var g = $"Golden case '{golden.Name}'";
        if (string.IsNullOrWhiteSpace(golden.Citation))
        {
            yield return $"{g}: cite where the expected numbers come from.";
        }

        if (golden.Gases.IsDefaultOrEmpty && golden.Indicators.IsDefaultOrEmpty)
        {
            yield return $"{g}: expect at least one gas or indicator.";
        }

        if (!(golden.RelativeTolerance >= 0 && golden.RelativeTolerance < 0.01))
        {
            yield return $"{g}: a relative tolerance of {golden.RelativeTolerance.ToString("R", CultureInfo.InvariantCulture)} cannot tell a right number from a wrong one; use at most 1e-3 (and 1e-9 when the source is exact).";
        }

        foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            yield return $"{g}: error {d.Code} at {d.Path}: {d.Message.En}";
        }

        foreach (var expected in golden.Gases.IsDefault ? [] : golden.Gases)
        {
            var lines = result.Emissions.Where(e => e.Gas == expected.Gas).ToList();
            var actual = lines.Sum(e => e.Tonnes);
            if (lines.Count == 0)
            {
                yield return $"{g}: no {expected.Gas} was emitted; expected {N(expected.Tonnes)} t.";
            }
            else if (!Close(actual, expected.Tonnes, golden.RelativeTolerance))
            {
                yield return $"{g}: {expected.Gas} = {N(actual)} t; expected {N(expected.Tonnes)} t (relative tolerance {N(golden.RelativeTolerance)}; {golden.Citation}).";
            }
        }

        var expectedGases = (golden.Gases.IsDefault ? [] : golden.Gases).Select(x => x.Gas).ToHashSet();
        foreach (var gas in result.Emissions.Select(e => e.Gas).Distinct().Where(x => !expectedGases.Contains(x)))
        {
            yield return $"{g}: {gas} was emitted but the case expects none.";
        }

        foreach (var expected in golden.Indicators.IsDefault ? [] : golden.Indicators)
        {
            var indicator = result.Indicators.FirstOrDefault(i => i.Id == expected.Id);
            if (indicator is null)
            {
                yield return $"{g}: no indicator '{expected.Id}'.";
            }
            else if (indicator.Unit != expected.Unit || !Close(indicator.Value, expected.Value, golden.RelativeTolerance))
            {
                yield return $"{g}: indicator '{expected.Id}' = {N(indicator.Value)} {indicator.Unit}; expected {N(expected.Value)} {expected.Unit} ({golden.Citation}).";
            }
        }
    }

    public static bool Close(double actual, double expected, double relative) =>
        actual == expected || Math.Abs(actual - expected) <= relative * Math.Max(Math.Abs(expected), Math.Abs(actual));

    public static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The gases a result emitted, for messages.</summary>
    public static IEnumerable<Gas> Gases(ActivityResult result) => result.Emissions.Select(e => e.Gas).Distinct();
}
