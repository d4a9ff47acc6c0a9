using System.Globalization;
using Carbon.Plugins.Livestock.Calculation;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Facts;

/// <summary>
/// Pig equivalents (猪当量) by GB 18596-2001 §1.2.2: 30 layers = 1 pig, 60 broilers = 1 pig, 1 dairy cow = 10 pigs,
/// 1 beef cow = 5 pigs (3 sheep = 1 pig is unconfirmed). Computed on the head count as the line gives it
/// (存栏 or 出栏); the core sums the lines of one farm.
/// </summary>
internal static class PigEquivalents
{
    /// <summary>Computes the line's pig equivalents as a fact and an indicator, or reports why not.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="population">The population.</param>
    /// <returns>The fact and the indicator, or null.</returns>
    public static (Fact Fact, Indicator Indicator)? Compute(HerdScope scope, Population population)
    {
        var category = scope.Category;
        var path = scope.PathOf(HerdParameters.Category);
        FactorRecord? record = null;
        var multiply = true;
        if (category.PigEquivalentRow is { } row)
        {
            var subject = Series.Subject(row);
            if (scope.Context.Factors.TryResolve(scope.Query(subject, FactorParameters.PigsPerAnimal, Series.Gb18596), out var per))
            {
                record = per;
            }
            else if (scope.Context.Factors.TryResolve(scope.Query(subject, FactorParameters.AnimalsPerPig, Series.Gb18596), out var animals))
            {
                record = animals;
                multiply = false;
            }
        }

        if (record is null)
        {
            scope.Info(LivestockDiagnosticCodes.NoPigEquivalentRatio, path,
                $"GB 18596-2001（注释中）没有{category.Name.Zh}的猪当量换算比例，未给出 livestock.pig-equivalents。",
                $"GB 18596-2001 (in the notes) gives no pig-equivalent ratio for {category.Name.En}; livestock.pig-equivalents is not reported.");
            return null;
        }

        if (record.Status == DataStatus.Unconfirmed && !scope.UnconfirmedAllowed)
        {
            scope.Warning(LivestockDiagnosticCodes.UnconfirmedFactNotComputed, path,
                $"{category.Name.Zh}的猪当量比例 {record.Id} = {record.Value.ToString("R", CultureInfo.InvariantCulture)} 未经核实，未给出 livestock.pig-equivalents。设置 allowUnconfirmed: true 可使用该比例（会警告）。",
                $"The pig-equivalent ratio of {category.Name.En}, {record.Id} = {record.Value.ToString("R", CultureInfo.InvariantCulture)}, is UNCONFIRMED, so livestock.pig-equivalents is not reported. Set allowUnconfirmed: true to use it (with a warning).");
            return null;
        }

        if (!scope.Accept(record, path, null) || !scope.TryTerm(record, multiply ? "r_pigs/animal" : "r_animals/pig", HerdUnits.Fraction, path, out var ratio))
        {
            return null;
        }

        var head = new Term("N_given", population.HeadGiven, HerdUnits.Head, InputOrigin.Project, scope.AmountPath);
        var value = multiply ? head.Value * ratio.Value : head.Value / ratio.Value;
        var basis = population.Basis == Choices.Stock ? new LocalizedText("存栏", "head on hand") : new LocalizedText("出栏", "head sold per year");
        var trace = new TraceBuilder().Add(head, ratio).Note(
            $"GB 18596-2001 §1.2.2 猪当量，按该行的头数口径（{basis.Zh}）；同一养殖场的各行相加。",
            $"GB 18596-2001 §1.2.2 pig equivalents on the line's head-count basis ({basis.En}); the lines of one farm add up.");
        var indicator = new Indicator(LivestockFactKeys.PigEquivalents, new LocalizedText("猪当量", "pig equivalents"), value, HerdUnits.Head,
            trace.Build(multiply ? "PE = N_given × r_pigs/animal" : "PE = N_given / r_animals/pig"));
        var fact = new Fact(LivestockFactKeys.PigEquivalents, FactValue.Of(new Quantity(value, Dimension.OfCount)), scope.AmountPath) { Combination = FactCombination.Sum };
        return (fact, indicator);
    }
}
