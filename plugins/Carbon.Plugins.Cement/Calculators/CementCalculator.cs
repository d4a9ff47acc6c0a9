using System.Collections.Immutable;
using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Plugins.Cement.Facts;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculators;

/// <summary>
/// cement.cement: IPCC 2006 Tier 1 from cement output, Eq. 2.1 [C] (ghg-methods.md §1.1), one line per cement type:
/// <c>E = (M_c × C_cli − Im + Ex) × EF_clc</c> with the default EF_clc = 0.52 t CO2/t clinker. The clinker fraction is
/// always the project's: the IPCC table gives ranges, and the plugin never picks a number from a range.
/// </summary>
internal sealed class CementCalculator : IActivityCalculator
{
    private readonly string _defaultMethodology;

    /// <summary>Creates the calculator.</summary>
    /// <param name="defaultMethodology">The plugin's default methodology (for the notice when it is not ipcc-tier1).</param>
    public CementCalculator(string defaultMethodology) => _defaultMethodology = defaultMethodology;

    /// <inheritdoc/>
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var reader = new LineReader(input);
        var cement = reader.Amount(Dimension.OfMass, "t");
        var chosen = MethodologyResolver.Resolve(context, _defaultMethodology, reader, warnMee2024: false);
        var fraction = reader.Fraction(CementParameters.ClinkerFraction);
        if (fraction is null && !reader.Has(CementParameters.ClinkerFraction))
        {
            reader.Add(CementDiagnostics.Missing(
                reader.PathOf(CementParameters.ClinkerFraction),
                CementParameters.ClinkerFraction,
                CementMethodologyIds.IpccTier1,
                "请填写该品种水泥的熟料系数，如 \"95 %\"。IPCC 表只给范围（如硅酸盐水泥 95–97 %），本程序不替用户取值。",
                "Give the clinker fraction of this cement type, e.g. \"95 %\". The IPCC table gives only ranges (e.g. Portland 95–97 %), and Carbon does not pick a value for you."));
        }

        var imports = reader.NonNegative(CementParameters.ClinkerImports, Dimension.OfMass, "t");
        var exports = reader.NonNegative(CementParameters.ClinkerExports, Dimension.OfMass, "t");
        var type = reader.Text(CementParameters.CementType);
        var grinding = reader.Boolean(CementParameters.GrindingStationOnly);
        var ef = CementFactors.Resolve(context, CementFactors.Tier1ClinkerEf, reader, input.Path);
        if (chosen is not null && chosen != CementMethodologyIds.IpccTier1)
        {
            reader.Add(CementDiagnostics.CementTier1Only(input.Path, chosen));
        }

        if (reader.HasErrors || cement is not { } m || fraction is not { } c || ef is null)
        {
            return new ActivityResult { Diagnostics = reader.Diagnostics, Methodology = CementMethodologyIds.IpccTier1 };
        }

        var im = imports?.Value ?? 0;
        var ex = exports?.Value ?? 0;

        // Net clinker of Eq. 2.1: M_c × C_cli − Im + Ex.
        var netClinker = (m * c.Value) - im + ex;
        if (netClinker < 0)
        {
            reader.Add(CementDiagnostics.NetClinkerNegative(input.Path, netClinker));
            return new ActivityResult { Diagnostics = reader.Diagnostics, Methodology = CementMethodologyIds.IpccTier1 };
        }

        reader.Add(CementDiagnostics.Tier1Default(input.Path, ef.Value));
        var trace = new TraceBuilder().Project("M_c", m, "t", reader.AmountPath).Project("C_cli", c, "1");
        if (imports is { } i)
        {
            trace.Project("Im", i, "t");
        }
        else
        {
            trace.Derived("Im", 0, "t");
        }

        if (exports is { } e)
        {
            trace.Project("Ex", e, "t");
        }
        else
        {
            trace.Derived("Ex", 0, "t");
        }

        trace.Derived("net clinker", netClinker, "t")
            .Record("EF_clc", ef)
            .Note(
                "IPCC 2006 方法 1（公式 2.1）：采用熟料缺省排放因子，已含窑灰修正；熟料比例由项目给出。",
                "IPCC 2006 Tier 1 (Eq. 2.1): default clinker emission factor used; it includes the CKD correction. Clinker fraction given by the project.");
        var facts = ImmutableArray.CreateBuilder<Fact>();
        facts.Add(new Fact(CementFactKeys.ClinkerRatio, FactValue.Of(new Quantity(c.Value, Dimension.None)), c.Path));
        if (grinding is { } g)
        {
            facts.Add(new Fact(CementFactKeys.GrindingStationOnly, FactValue.Of(g.Value), g.Path));
        }

        reader.ReportUnused(CementMethodologyIds.IpccTier1);
        var label = type is null ? new LocalizedText("水泥", "cement") : new LocalizedText("水泥：" + type, "cement: " + type);
        return new ActivityResult
        {
            Emissions = [new GasEmission(EmissionSources.Process, Gas.CO2, netClinker * CementFactors.Canonical(ef), trace.Build("E = (M_c × C_cli − Im + Ex) × EF_clc"), label)],
            Facts = facts.ToImmutable(),
            Diagnostics = reader.Diagnostics,
            Methodology = CementMethodologyIds.IpccTier1,
        };
    }
}
