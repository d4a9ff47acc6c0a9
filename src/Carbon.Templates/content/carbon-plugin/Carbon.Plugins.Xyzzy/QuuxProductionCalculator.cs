using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Xyzzy;

/// <summary>CO2 = M × EF: the product output times the emission factor, given by the project or read from the data set.</summary>
internal sealed class QuuxProductionCalculator : IActivityCalculator
{
    /// <summary>The kind id.</summary>
    public const string Kind = "quux.production";

    /// <summary>The emission-factor parameter.</summary>
    public const string EmissionFactor = "emissionFactor";

    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        var m = new TraceInput("M", input.Amount.Value, "t", InputOrigin.Project, input.Path + "/amount");
        TraceInput ef;
        var factors = ImmutableArray<FactorReference>.Empty;
        if (input.TryGet(EmissionFactor, out var given))
        {
            ef = new TraceInput("EF", given.Number, "tCO2/t", InputOrigin.Project, given.Path);
        }
        else if (context.Factors.TryResolve(new FactorQuery("quux.product", "ef", Gas.CO2, On: context.AsOf), out var record))
        {
            ef = new TraceInput("EF", record.Quantity.Value, "tCO2/t", InputOrigin.Default);
            factors = [record.ToReference()];
        }
        else
        {
            // Never invent a number: without a cited record the user must give the factor.
            return ActivityResult.Failed(Diagnostic.Error(
                "XYZ0001", input.Path + "/parameters/" + EmissionFactor,
                "没有有来源的缺省排放因子：请给出 emissionFactor（实测或指南值），并注明来源。",
                "There is no cited default emission factor: give emissionFactor (a measured or guideline value) and cite it."));
        }

        var trace = new Trace("E = M × EF", [m, ef], factors, ef.Origin == InputOrigin.Default ? new LocalizedText("采用数据集中的缺省排放因子。", "Default emission factor from the data set.") : null);
        return new ActivityResult
        {
            Emissions = [new GasEmission(EmissionSources.Process, Gas.CO2, m.Value * ef.Value, trace)],
            Methodology = QuuxPlugin.Method,
        };
    }
}
