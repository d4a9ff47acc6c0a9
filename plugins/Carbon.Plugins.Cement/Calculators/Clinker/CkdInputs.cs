using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculators.Clinker;

/// <summary>
/// The lost cement kiln dust data of IPCC Eq. 2.3 and 2.4: M_d (t), C_d, F_d and the carbonate's emission factor
/// (calcite unless <c>ckdCarbonate</c> names another).
/// </summary>
/// <param name="Lost">M_d.</param>
/// <param name="CarbonateFraction">C_d.</param>
/// <param name="CalcinationFraction">F_d.</param>
/// <param name="Carbonate">The carbonate id.</param>
/// <param name="CarbonateGiven">Whether the project named the carbonate.</param>
/// <param name="Factor">The carbonate's emission factor record.</param>
internal sealed record CkdInputs(Reading Lost, Reading CarbonateFraction, Reading CalcinationFraction, string Carbonate, bool CarbonateGiven, FactorRecord Factor)
{
    /// <summary>The names of the three dust parameters.</summary>
    public static readonly string[] Names = [CementParameters.CkdLost, CementParameters.CkdCarbonateFraction, CementParameters.CkdCalcinationFraction];

    /// <summary>Whether any of the three dust parameters was given.</summary>
    /// <param name="reader">The line reader.</param>
    /// <returns>True when any is given.</returns>
    public static bool AnyGiven(LineReader reader) => Names.Any(reader.Has);

    /// <summary>Reads the dust data; all three must be given. Reports CB7113 when some are missing.</summary>
    /// <param name="reader">The line reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="equation">The equation they are read for, for the message (e.g. "Eq. 2.4").</param>
    /// <returns>The inputs, or null after an error.</returns>
    public static CkdInputs? Read(LineReader reader, ICalculationContext context, string equation)
    {
        var lost = reader.NonNegative(CementParameters.CkdLost, Dimension.OfMass, "t");
        var carbonateFraction = reader.Fraction(CementParameters.CkdCarbonateFraction);
        var calcination = reader.Fraction(CementParameters.CkdCalcinationFraction);
        var missing = Names.Where(n => !reader.Has(n)).ToArray();
        if (missing.Length > 0)
        {
            var list = string.Join(", ", missing);
            reader.Add(CementDiagnostics.CkdInputs(
                reader.PathOf(missing[0]),
                $"窑灰数据不完整（{equation}）：还缺 {list}。ckdLost、ckdCarbonateFraction、ckdCalcinationFraction 必须同时填写。",
                $"Cement kiln dust data are incomplete ({equation}): {list} missing. Give ckdLost, ckdCarbonateFraction and ckdCalcinationFraction together."));
        }

        var given = reader.Has(CementParameters.CkdCarbonate);
        var carbonate = reader.Choice(CementParameters.CkdCarbonate, CementChoices.Carbonates) ?? CementChoices.DefaultCkdCarbonate;
        if (reader.HasErrors || lost is not { } m || carbonateFraction is not { } c || calcination is not { } f)
        {
            return null;
        }

        var record = CementFactors.Resolve(context, CementFactors.CarbonateEf(carbonate), reader, given ? reader.PathOf(CementParameters.CkdCarbonate) : m.Path);
        return record is null ? null : new CkdInputs(m, c, f, carbonate, given, record);
    }

    /// <summary>The trace note saying which carbonate was taken.</summary>
    public LocalizedText CarbonateNote => CarbonateGiven
        ? new($"窑灰碳酸盐：{Carbonate}（项目给出）。", $"CKD carbonate: {Carbonate} (given).")
        : new($"未给出窑灰碳酸盐：按 {Carbonate}（CaCO3）计，即 ghg-methods.md §1.1 对 EF_c 所指的碳酸盐。", $"CKD carbonate not given: taken as {Carbonate} (CaCO3), as ghg-methods.md §1.1 names for EF_c.");
}
