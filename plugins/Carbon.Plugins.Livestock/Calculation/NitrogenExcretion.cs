using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>Annual N excretion per head Nex (kg N/head/yr) with the terms it came from.</summary>
/// <param name="Nex">The Nex term.</param>
/// <param name="Terms">All terms, Nex last.</param>
/// <param name="Note">How it was obtained.</param>
internal sealed record NitrogenExcretionResult(Term Nex, ImmutableArray<Term> Terms, LocalizedText Note);

/// <summary>
/// Nex: the project's <c>nex</c>; else IPCC Eq. 10.30 <c>Nex = N_rate × TAM / 1000 × 365</c> (Table 10.19
/// N_rate and TAM, or the project's <c>nexRate</c> and <c>typicalMass</c>); else GB/T 32151.22 Table C.8.
/// </summary>
internal static class NitrogenExcretion
{
    /// <summary>Resolves Nex for the scope's method, or null with a diagnostic.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The result, or null.</returns>
    public static NitrogenExcretionResult? Resolve(HerdScope scope)
    {
        if (scope.Has(HerdParameters.Nex))
        {
            return scope.TryQuantity(HerdParameters.Nex, "Nex", HerdUnits.PerHeadPerTime, HerdUnits.KgNPerHeadYear, out var given)
                ? new NitrogenExcretionResult(given, [given], new LocalizedText("Nex：项目给出（nex）。", "Nex: project-supplied (nex)."))
                : null;
        }

        var category = scope.Category;
        var path = scope.PathOf(HerdParameters.Category);
        if (scope.Method == LivestockMethods.GbT32151Part22)
        {
            if (category.GbtRow is null)
            {
                return null;
            }

            return scope.TryDefault([scope.Query(Series.Subject(category.GbtRow), FactorParameters.NExcretion, Series.Gbt)], "Nex", HerdUnits.KgNPerHeadYear, path,
                ("年氮排泄量 Nex（表 C.8）", "annual N excretion Nex (Table C.8)"), HerdParameters.Nex, out var gbt)
                ? new NitrogenExcretionResult(gbt, [gbt], new LocalizedText("Nex：GB/T 32151.22-2024 附录 C 表 C.8 缺省值。", "Nex: GB/T 32151.22-2024 Appendix C Table C.8 default."))
                : null;
        }

        Term? rate = null;
        if (scope.Has(HerdParameters.NexRate))
        {
            rate = scope.TryQuantity(HerdParameters.NexRate, "N_rate", HerdUnits.PerTime, HerdUnits.KgNPerTonneDay, out var r) ? r : null;
        }
        else if (category.IpccNexRow is null)
        {
            scope.Error(LivestockDiagnosticCodes.FactorMissing, path,
                $"IPCC 表 10.19（注释中）没有{category.Name.Zh}的氮排泄率。请给出 nex（kg N/头/年）或 nexRate（kg N/t/d）。",
                $"IPCC Table 10.19 (in the notes) has no N excretion rate for {category.Name.En}. Give nex (kg N/head/yr) or nexRate (kg N/t/d).");
        }
        else if (scope.TryDefault([scope.Query(Series.Subject(category.IpccNexRow), FactorParameters.NExcretionRate, Series.IpccAsia)], "N_rate", HerdUnits.KgNPerTonneDay, path,
            ("氮排泄率 N_rate（表 10.19）", "N excretion rate N_rate (Table 10.19)"), HerdParameters.NexRate, out var rateDefault))
        {
            rate = rateDefault;
        }

        Term? mass = null;
        if (scope.Has(HerdParameters.TypicalMass))
        {
            mass = scope.TryQuantity(HerdParameters.TypicalMass, "TAM", Sdk.Units.Dimension.OfMass, HerdUnits.Kg, out var m) ? m : null;
        }
        else if (category.IpccTamRow is null)
        {
            scope.Error(LivestockDiagnosticCodes.TypicalMassRequired, scope.PathOf(HerdParameters.TypicalMass),
                $"IPCC 表 10.19（注释中）没有{category.Name.Zh}的典型活体重 TAM。请给出 typicalMass（例如 \"45 kg\"），或直接给出 nex。",
                $"IPCC Table 10.19 (in the notes) gives no typical animal mass for {category.Name.En}. Give typicalMass (e.g. \"45 kg\"), or give nex directly.");
        }
        else if (scope.TryDefault([scope.Query(Series.Subject(category.IpccTamRow), FactorParameters.TypicalMass, Series.IpccAsia)], "TAM", HerdUnits.Kg, path,
            ("典型活体重 TAM（表 10.19）", "typical animal mass TAM (Table 10.19)"), HerdParameters.TypicalMass, out var massDefault))
        {
            mass = massDefault;
        }

        if (rate is null || mass is null)
        {
            return null;
        }

        var nex = new Term("Nex", rate.Value * (mass.Value / Formulas.KgPerTonne) * Formulas.DaysPerYear, HerdUnits.KgNPerHeadYear, InputOrigin.Derived);
        return new NitrogenExcretionResult(nex, [rate, mass, nex], new LocalizedText(
            "Nex = N_rate × TAM / 1000 × 365（IPCC 2006 公式 10.30 的形式；未给出时取表 10.19 亚洲缺省值）。",
            "Nex = N_rate × TAM / 1000 × 365 (IPCC 2006 Eq. 10.30 form, Table 10.19 Asia defaults unless given)."));
    }
}
