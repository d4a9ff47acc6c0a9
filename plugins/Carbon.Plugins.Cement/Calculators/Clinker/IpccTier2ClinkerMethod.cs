using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Calculators.Clinker;

/// <summary>
/// IPCC 2006 Tier 2 [C] (ghg-methods.md §1.1): <c>E = M_cl × EF_cl × CF_ckd</c>, <c>EF_cl = FR_CaO × SR_CaO</c> with the
/// published SR_CaO = 0.7848 t CO2/t CaO [S]. CF_ckd is, in order: the plant's measured value; Eq. 2.4 from dust
/// data, <c>CF_ckd = 1 + (M_d / M_cl) × C_d × F_d × (EF_c / EF_cl)</c>; else the default 1.02 [C].
/// </summary>
internal static class IpccTier2ClinkerMethod
{
    /// <summary>Computes the clinker line.</summary>
    /// <param name="reader">The line reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="clinker">Clinker produced, t.</param>
    /// <returns>The outcome, or null after an error.</returns>
    public static ClinkerOutcome? Calculate(LineReader reader, ICalculationContext context, double clinker)
    {
        var cao = reader.Fraction(CementParameters.CaoFraction);
        if (cao is null && !reader.Has(CementParameters.CaoFraction))
        {
            reader.Add(CementDiagnostics.Missing(
                reader.PathOf(CementParameters.CaoFraction),
                CementParameters.CaoFraction,
                CementMethodologyIds.IpccTier2,
                "请填写熟料中 CaO 的质量分数，如 \"65 %\"；没有熟料成分数据时可选择 ipcc-tier1 使用缺省因子 0.52。",
                "Give the CaO mass fraction of the clinker, e.g. \"65 %\"; without clinker composition data, choose ipcc-tier1 for the default factor 0.52."));
        }

        var measured = reader.Ratio(CementParameters.CkdCorrectionFactor, 1, null, "不小于 1", "at least 1");
        var dustGiven = CkdInputs.AnyGiven(reader);
        if (reader.Has(CementParameters.CkdCorrectionFactor) && dustGiven)
        {
            reader.Add(CementDiagnostics.CkdInputs(
                reader.PathOf(CementParameters.CkdCorrectionFactor),
                "同时给出了 ckdCorrectionFactor 和窑灰数据（ckdLost 等）：请只给其一。",
                "Both ckdCorrectionFactor and dust data (ckdLost etc.) were given: give one or the other."));
        }

        var sr = CementFactors.Resolve(context, CementFactors.Co2PerCaO, reader, reader.Input.Path);
        var dust = dustGiven ? CkdInputs.Read(reader, context, "IPCC Eq. 2.4") : null;
        if (reader.HasErrors || cao is not { } caoValue || sr is null)
        {
            return null;
        }

        // EF_cl = FR_CaO × SR_CaO (t CO2 per t clinker, not corrected for CKD).
        var efCl = caoValue.Value * CementFactors.Canonical(sr);
        var trace = new TraceBuilder()
            .Project("M_cl", clinker, "t", reader.AmountPath)
            .Project("FR_CaO", caoValue, "1")
            .Record("SR_CaO", sr)
            .Derived("EF_cl", efCl, "tCO2/t");
        var formula = "E = M_cl × EF_cl × CF_ckd; EF_cl = FR_CaO × SR_CaO";
        double cf;
        if (dust is not null)
        {
            if (clinker <= 0 || efCl <= 0)
            {
                reader.Add(CementDiagnostics.CkdDivision(reader.AmountPath));
                return null;
            }

            // IPCC Eq. 2.4: CF_ckd = 1 + (M_d / M_cl) × C_d × F_d × (EF_c / EF_cl).
            cf = 1 + (dust.Lost.Value / clinker * dust.CarbonateFraction.Value * dust.CalcinationFraction.Value * (CementFactors.Canonical(dust.Factor) / efCl));
            formula += "; CF_ckd = 1 + (M_d / M_cl) × C_d × F_d × (EF_c / EF_cl)";
            trace.Project("M_d", dust.Lost, "t")
                .Project("C_d", dust.CarbonateFraction, "1")
                .Project("F_d", dust.CalcinationFraction, "1")
                .Record("EF_c", dust.Factor)
                .Derived("CF_ckd", cf, "1")
                .Note("CF_ckd 由窑灰数据按 IPCC 公式 2.4 计算。", "CF_ckd computed from cement kiln dust data by IPCC Eq. 2.4.")
                .Note(dust.CarbonateNote);
        }
        else if (measured is { } m)
        {
            cf = m.Value;
            trace.Project("CF_ckd", m, "1").Note("CF_ckd 为企业实测值（项目给出）。", "CF_ckd measured by the plant (project value).");
        }
        else
        {
            var cfRecord = CementFactors.Resolve(context, CementFactors.CkdDefault, reader, reader.Input.Path);
            if (cfRecord is null)
            {
                return null;
            }

            cf = CementFactors.Canonical(cfRecord);
            reader.Add(CementDiagnostics.CkdDefault(reader.Input.Path, cfRecord.Value));
            trace.Record("CF_ckd", cfRecord).Note("未给出窑灰数据，采用窑灰修正因子缺省值。", "Default CKD correction factor used (no dust data given).");
        }

        var ef = efCl * cf;
        var indicatorTrace = new TraceBuilder().Project("FR_CaO", caoValue, "1").Record("SR_CaO", sr).Derived("EF_cl", efCl, "tCO2/t").Derived("CF_ckd", cf, "1");
        var emission = new GasEmission(EmissionSources.Process, Gas.CO2, clinker * efCl * cf, trace.Note("IPCC 2006 方法 2。", "IPCC 2006 Tier 2.").Build(formula), CementEmissionLabels.Clinker);
        var indicator = new Indicator(ClinkerOutcome.ProcessFactorId, ClinkerOutcome.ProcessFactorName, ef, ClinkerOutcome.ProcessFactorUnit, indicatorTrace.Build("EF = EF_cl × CF_ckd"));
        return new ClinkerOutcome([emission], indicator);
    }
}
