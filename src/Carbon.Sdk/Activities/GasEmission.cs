using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Activities;

/// <summary>
/// One gas emitted by an activity, in tonnes of that gas. The core converts it to CO2e with the report's GWP set;
/// calculators never do.
/// </summary>
/// <param name="Source">The source category (see <see cref="EmissionSources"/>).</param>
/// <param name="Gas">The gas.</param>
/// <param name="Tonnes">Tonnes of the gas; negative only for deductions (exports).</param>
/// <param name="Trace">How it was computed.</param>
/// <param name="Label">
/// A short label for the line in both languages (e.g. 窑头粉尘 / "kiln-head dust"), or null. Text the user wrote (a
/// cement type, a fuel name) is quoted as written inside it.
/// </param>
public sealed record GasEmission(string Source, Gas Gas, double Tonnes, Trace Trace, LocalizedText? Label = null);
