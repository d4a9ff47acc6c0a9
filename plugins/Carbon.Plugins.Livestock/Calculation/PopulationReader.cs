using System.Globalization;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// Reads the head count and its basis. 存栏 (stock) is taken as the annual average population; 出栏 (sold) is
/// converted with IPCC Eq. 10.1: N = days alive × head sold / 365.
/// </summary>
internal static class PopulationReader
{
    /// <summary>Reads the population; reports problems on the scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The population, or null when it cannot be read.</returns>
    public static Population? Read(HerdScope scope)
    {
        var amount = scope.Input.Amount;
        if (amount.Dimension != Dimension.OfCount || !double.IsFinite(amount.Value) || amount.Value <= 0)
        {
            scope.Error(LivestockDiagnosticCodes.InvalidAmount, scope.AmountPath,
                $"amount 必须是正的头（只）数，例如“10000 head”或“1万 头”，实际为“{scope.Input.AmountText}”。",
                $"amount must be a positive head count such as \"10000 head\", got '{scope.Input.AmountText}'.");
            return null;
        }

        if (!scope.TryChoice(HerdParameters.Population, Choices.PopulationBases, out var basis))
        {
            if (!scope.Has(HerdParameters.Population))
            {
                scope.Error(LivestockDiagnosticCodes.InvalidPopulation, scope.PathOf(HerdParameters.Population),
                    "缺少 population：请写 \"stock\"（存栏，作为年平均饲养量）或 \"sold\"（年出栏，需同时给出 daysAlive）。",
                    "population is missing: write \"stock\" (head on hand, taken as the annual average population) or \"sold\" (head sold per year, with daysAlive).");
            }

            return null;
        }

        var head = amount.Value;
        if (basis == Choices.Stock)
        {
            var n = new Term("N", head, HerdUnits.Head, InputOrigin.Project, scope.AmountPath);
            return new Population(basis, head, null, head, [n], new LocalizedText("N：存栏数作为年平均饲养量。", "N: head on hand taken as the annual average population."));
        }

        if (!scope.Has(HerdParameters.DaysAlive))
        {
            scope.Error(LivestockDiagnosticCodes.InvalidDaysAlive, scope.PathOf(HerdParameters.DaysAlive),
                "按出栏（sold）填写时必须给出 daysAlive（饲养天数），用于折算年平均饲养量 N = 天数 × 出栏数 / 365。",
                "A sold line needs daysAlive (days alive) to convert to the annual average population N = days × head sold / 365.");
            return null;
        }

        if (!TryReadDaysAlive(scope, out var daysTerm))
        {
            return null;
        }

        var days = daysTerm.Value;
        var average = days * head / Formulas.DaysPerYear;
        var sold = new Term("N_sold", head, HerdUnits.Head, InputOrigin.Project, scope.AmountPath);
        var aap = new Term("N", average, HerdUnits.Head, InputOrigin.Derived);
        return new Population(basis, head, days, average, [sold, daysTerm, aap],
            new LocalizedText(
                "N = days × N_sold / 365（IPCC 2006 第 4 卷公式 10.1 的形式：由出栏数和饲养天数求年平均饲养量）。",
                "N = days × N_sold / 365 (IPCC 2006 Vol. 4 Eq. 10.1 form: annual average population from head sold and days alive)."));
    }

    /// <summary>Reads daysAlive, which must lie in (0, 365] d.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="term">The days as a term.</param>
    /// <returns>True when given and valid.</returns>
    public static bool TryReadDaysAlive(HerdScope scope, out Term term)
    {
        if (!scope.TryQuantity(HerdParameters.DaysAlive, "days", Dimension.OfTime, HerdUnits.Day, out term))
        {
            return false;
        }

        if (term.Value <= 0 || term.Value > Formulas.DaysPerYear)
        {
            var shown = term.Value.ToString("R", CultureInfo.InvariantCulture);
            scope.Error(LivestockDiagnosticCodes.InvalidDaysAlive, scope.PathOf(HerdParameters.DaysAlive),
                $"daysAlive 必须大于 0 且不超过 365 d（IPCC 式 10.1 适用于一年内出栏的畜禽），实际为 {shown} d。饲养期超过一年的畜群请按存栏（stock）填写。",
                $"daysAlive must be above 0 and at most 365 d (IPCC Eq. 10.1 is for animals sold within a year); got {shown} d. Give herds kept longer than a year as stock.");
            return false;
        }

        return true;
    }
}
