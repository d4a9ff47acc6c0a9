using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculators;

/// <summary>
/// cement.alternative-fuel: 替代燃料/废弃物非生物质碳燃烧, <c>E = Q × HV × EF × α</c> [C] (ghg-methods.md §1.2). All
/// three factors are the project's: the guideline's default table was not obtained (UNCONFIRMED).
/// </summary>
internal sealed class AlternativeFuelCalculator : IActivityCalculator
{
    private static readonly Dimension HeatingValueDimension = Dimension.OfEnergy / Dimension.OfMass;
    private static readonly Dimension EmissionFactorDimension = Dimension.OfMass / Dimension.OfEnergy;
    private readonly string _defaultMethodology;

    /// <summary>Creates the calculator.</summary>
    /// <param name="defaultMethodology">The methodology used when the project names none.</param>
    public AlternativeFuelCalculator(string defaultMethodology) => _defaultMethodology = defaultMethodology;

    /// <inheritdoc/>
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var reader = new LineReader(input);
        var amount = reader.Amount(Dimension.OfMass, "t");
        var chosen = MethodologyResolver.Resolve(context, _defaultMethodology, reader, warnMee2024: true);
        var method = chosen ?? _defaultMethodology;
        var hv = Require(reader, reader.NonNegative(CementParameters.HeatingValue, HeatingValueDimension, "GJ/t"), CementParameters.HeatingValue, method,
            "请填写该替代燃料的实测热值，如 \"35 GJ/t\"。", "Give the measured heating value of this fuel, e.g. \"35 GJ/t\".");
        var ef = Require(reader, reader.NonNegative(CementParameters.EmissionFactor, EmissionFactorDimension, "tCO2/GJ"), CementParameters.EmissionFactor, method,
            "请填写单位热值排放因子，如 \"0.08 tCO2/GJ\"。", "Give the emission factor per unit of heat, e.g. \"0.08 tCO2/GJ\".");
        var alpha = Require(reader, reader.Fraction(CementParameters.NonBiomassCarbonShare), CementParameters.NonBiomassCarbonShare, method,
            "请填写非生物质碳比例，如 \"80 %\"（全部为化石碳时写 \"100 %\"）。", "Give the non-biomass carbon share, e.g. \"80 %\" (\"100 %\" if all carbon is fossil).");
        var fuelType = reader.Text(CementParameters.FuelType);
        if (reader.HasErrors || amount is not { } q || hv is not { } h || ef is not { } e || alpha is not { } a || chosen is null)
        {
            return new ActivityResult { Diagnostics = reader.Diagnostics, Methodology = chosen };
        }

        var recorded = GuidelineTermMethod.Record(chosen, reader);
        reader.ReportUnused(recorded);

        // E = Q × HV × EF × α (t × GJ/t × t CO2/GJ).
        var tonnes = q * h.Value * e.Value * a.Value;
        var trace = new TraceBuilder()
            .Project("Q", q, "t", reader.AmountPath)
            .Project("HV", h, "GJ/t")
            .Project("EF", e, "tCO2/GJ")
            .Project("α", a, "1")
            .Note(GuidelineTermMethod.Note(recorded))
            .Note("热值、排放因子和非生物质比例由项目给出（未提供缺省值表）。", "Heating value, emission factor and non-biomass share given by the project (no default table shipped).")
            .Build("E = Q × HV × EF × α");
        return new ActivityResult
        {
            Emissions = [new GasEmission(EmissionSources.AlternativeFuel, Gas.CO2, tonnes, trace, fuelType is null ? new LocalizedText("替代燃料", "alternative fuel") : new LocalizedText("替代燃料：" + fuelType, "alternative fuel: " + fuelType))],
            Diagnostics = reader.Diagnostics,
            Methodology = recorded,
        };
    }

    private static Reading? Require(LineReader reader, Reading? value, string name, string method, string hintZh, string hintEn)
    {
        if (value is null && !reader.Has(name))
        {
            reader.Add(CementDiagnostics.Missing(reader.PathOf(name), name, method, hintZh, hintEn));
        }

        return value;
    }
}
