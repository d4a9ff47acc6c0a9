using System.Collections.Immutable;
using System.Globalization;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Sample.Carbon.FlatGlass.Activities;

/// <summary>
/// CO2 = M × PUR × F × EF for one carbonate raw material: M the raw material (t), PUR its carbonate content, F the
/// calcination fraction, EF the carbonate's emission factor (IPCC 2006 Table 2.1 unless the project gives one).
/// Pure and thread-safe.
/// </summary>
internal sealed class CarbonateInputCalculator : IActivityCalculator
{
    private const string Formula = "E = M × PUR × F × EF";

    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        var problems = new List<Diagnostic>();
        var carbonate = Required(input, CarbonateInputKind.Carbonate, "碳酸盐种类，如 \"sodium-carbonate\"", "the carbonate, e.g. \"sodium-carbonate\"", problems);
        var purity = Required(input, CarbonateInputKind.Purity, "碳酸盐含量，如 \"98.5 %\"", "the carbonate content, e.g. \"98.5 %\"", problems);
        var calcined = Required(input, CarbonateInputKind.CalcinationFraction, "煅烧比例，如 \"100 %\"", "the calcination fraction, e.g. \"100 %\"", problems);
        Fraction(purity, CarbonateInputKind.Purity, problems);
        Fraction(calcined, CarbonateInputKind.CalcinationFraction, problems);
        if (problems.Count > 0)
        {
            return ActivityResult.Failed([.. problems]);
        }

        var m = new TraceInput("M", input.Amount.Value, "t", InputOrigin.Project, input.Path + "/amount");
        var pur = new TraceInput("PUR", purity!.Number, "1", InputOrigin.Project, purity.Path);
        var f = new TraceInput("F", calcined!.Number, "1", InputOrigin.Project, calcined.Path);
        TraceInput ef;
        var factors = ImmutableArray<FactorReference>.Empty;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        LocalizedText note;
        if (input.TryGet(CarbonateInputKind.EmissionFactor, out var given))
        {
            ef = new TraceInput("EF", given.Number, "tCO2/t", InputOrigin.Project, given.Path);
            note = new($"{carbonate!.Text} 的排放因子由项目给出。", $"Emission factor of {carbonate.Text} given by the project.");
        }
        else
        {
            var query = new FactorQuery("flat-glass.carbonate." + carbonate!.Text, "ef", Gas.CO2, On: context.AsOf);
            if (!context.Factors.TryResolve(query, out var record))
            {
                return ActivityResult.Failed(FlatGlassDiagnostics.NoFactor(carbonate.Path, carbonate.Text!));
            }

            ef = new TraceInput("EF", record.Quantity.Value, "tCO2/t", InputOrigin.Default);
            factors = [record.ToReference()];
            note = new($"{carbonate.Text} 的缺省排放因子：{record.Source}。", $"Default emission factor of {carbonate.Text}: {record.Source}.");
            if (record.Status != DataStatus.Confirmed)
            {
                diagnostics = [FlatGlassDiagnostics.SingleSourceDefault(carbonate.Path, record.Id, record.Value.ToString("R", CultureInfo.InvariantCulture) + " " + record.Unit)];
            }
        }

        var tonnes = m.Value * pur.Value * f.Value * ef.Value;
        var trace = new Trace(Formula, [m, pur, f, ef], factors, note);
        return new ActivityResult
        {
            Emissions = [new GasEmission(EmissionSources.Process, Gas.CO2, tonnes, trace, new LocalizedText($"碳酸盐原料（{carbonate.Text}）", $"carbonate input ({carbonate.Text})"))],
            Diagnostics = diagnostics,
            Methodology = FlatGlassPlugin.CarbonateMethod,
        };
    }

    private static ParameterValue? Required(ActivityInput input, string name, string zh, string en, List<Diagnostic> problems)
    {
        if (input.TryGet(name, out var value))
        {
            return value;
        }

        problems.Add(FlatGlassDiagnostics.Missing(input.Path + "/parameters/" + name, name, zh, en));
        return null;
    }

    private static void Fraction(ParameterValue? value, string name, List<Diagnostic> problems)
    {
        if (value is not null && value.Number is < 0 or > 1)
        {
            problems.Add(FlatGlassDiagnostics.OutOfRange(value.Path, name, value.Raw));
        }
    }
}
