using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Support;

/// <summary>Shortcuts to run the lime calculators against the shipped data set.</summary>
internal static class TestLime
{
    /// <summary>The shipped data set (read once per call: no static caches).</summary>
    public static DataSet Data => new LimePlugin().DataSets[0];

    public static LimePlugin Plugin(bool allowUnconfirmed = false, string defaultMethod = "ipcc-tier2") =>
        new(LimePlugin.Validate(new LimeOptions { AllowUnconfirmedDefaults = allowUnconfirmed, DefaultMethodology = defaultMethod }));

    public static ActivityResult Run(ActivityInput input, string? method = null, bool allowUnconfirmed = false, IEnumerable<FactorRecord>? overrides = null)
    {
        var plugin = Plugin(allowUnconfirmed);
        var calculator = plugin.GetCalculator(input.Kind) ?? throw new InvalidOperationException("no calculator for " + input.Kind);
        return calculator.Calculate(input, TestCalculationContext.Over(plugin.DataSets[0], method, overrides));
    }

    public static double Co2(this ActivityResult result) => result.Emissions.Single().Tonnes;

    public static Indicator Indicator(this ActivityResult result, string id) => result.Indicators.Single(i => i.Id == id);

    public static string[] Codes(this ActivityResult result) => [.. result.Diagnostics.Select(d => d.Code)];
}
