using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Calculators.Clinker;

/// <summary>
/// IPCC 2006 Tier 1 applied to clinker: <c>E = M_cl × EF_clc</c> with the default EF_clc = 0.52 t CO2/t clinker [C],
/// which already contains the CKD correction (ghg-methods.md §1.1). Always flagged as a default.
/// </summary>
internal static class IpccTier1ClinkerMethod
{
    /// <summary>Computes the clinker line with the default factor.</summary>
    /// <param name="reader">The line reader.</param>
    /// <param name="context">The context (factor records).</param>
    /// <param name="clinker">Clinker produced, t.</param>
    /// <returns>The outcome, or null after an error.</returns>
    public static ClinkerOutcome? Calculate(LineReader reader, ICalculationContext context, double clinker)
    {
        var ef = CementFactors.Resolve(context, CementFactors.Tier1ClinkerEf, reader, reader.Input.Path);
        if (ef is null)
        {
            return null;
        }

        reader.Add(CementDiagnostics.Tier1Default(reader.AmountPath, ef.Value));
        var note = new LocalizedText(
            "IPCC 2006 方法 1：未给出熟料成分，采用熟料缺省排放因子；该缺省值已含窑灰修正。",
            "IPCC 2006 Tier 1: default clinker emission factor used (no clinker composition); the default includes the CKD correction.");
        var trace = new TraceBuilder()
            .Project("M_cl", clinker, "t", reader.AmountPath)
            .Record("EF_clc", ef)
            .Note(note)
            .Build("E = M_cl × EF_clc");
        var efCanonical = CementFactors.Canonical(ef);
        var indicator = new Indicator(
            ClinkerOutcome.ProcessFactorId,
            ClinkerOutcome.ProcessFactorName,
            efCanonical,
            ClinkerOutcome.ProcessFactorUnit,
            new TraceBuilder().Record("EF_clc", ef).Note(note).Build("EF = EF_clc"));
        return new ClinkerOutcome([new GasEmission(EmissionSources.Process, Gas.CO2, clinker * efCanonical, trace, CementEmissionLabels.Clinker)], indicator);
    }
}
