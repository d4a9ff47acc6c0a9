using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Data;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Facts;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// The calculator of <c>livestock.herd</c>. Pure and thread-safe: all per-call state lives in a <see cref="HerdScope"/>.
/// Facts are reported even when the emissions fail (they do not depend on them); an error means no emissions.
/// </summary>
internal sealed class HerdCalculator : IActivityCalculator
{
    private readonly LivestockData _data;
    private readonly string _defaultMethod;
    private readonly ImmutableArray<string> _scaleStandards;

    /// <summary>Creates the calculator.</summary>
    /// <param name="data">The plugin's data.</param>
    /// <param name="defaultMethod">The methodology used when the project names none.</param>
    /// <param name="scaleStandards">The preferred scale-threshold sets.</param>
    public HerdCalculator(LivestockData data, string defaultMethod, ImmutableArray<string> scaleStandards)
    {
        _data = data;
        _defaultMethod = defaultMethod;
        _scaleStandards = scaleStandards;
    }

    /// <inheritdoc />
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);

        var method = context.MethodFor(LivestockPlugin.PluginId) ?? _defaultMethod;
        if (!LivestockMethods.All.Any(m => m.Id == method))
        {
            return ActivityResult.Failed(Diagnostic.Error(LivestockDiagnosticCodes.UnknownMethodology, "/options/methods/" + LivestockPlugin.PluginId,
                $"畜禽插件没有方法“{method}”。可选：{string.Join("、", LivestockMethods.All.Select(m => m.Id))}。",
                $"The livestock plugin has no methodology '{method}'. Choose one of: {string.Join(", ", LivestockMethods.All.Select(m => m.Id))}."));
        }

        var categoryPath = input.Path + "/parameters/" + HerdParameters.Category;
        if (!input.TryGet(HerdParameters.Category, out var categoryValue) || !LivestockCategories.TryGet(categoryValue.Text, out var category))
        {
            var given = categoryValue?.Raw;
            return new ActivityResult
            {
                Methodology = method,
                Diagnostics =
                [
                    Diagnostic.Error(LivestockDiagnosticCodes.UnknownCategory, categoryPath,
                        (given is null ? "缺少 category。" : $"未知的畜禽类别“{given}”。") + $"可选：{string.Join("、", LivestockCategories.Ids)}。",
                        (given is null ? "category is missing." : $"Unknown livestock category '{given}'.") + $" Choose one of: {string.Join(", ", LivestockCategories.Ids)}."),
                ],
            };
        }

        var scope = new HerdScope(input, context, _data, method, category);
        scope.TryGet(HerdParameters.Category, out _);
        scope.UnconfirmedAllowed = ReadAllowUnconfirmed(scope);

        var facts = ImmutableArray.CreateBuilder<Fact>();
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var emissions = ImmutableArray.CreateBuilder<GasEmission>();
        facts.Add(new Fact(LivestockFactKeys.Species, FactValue.Of(category.Species), categoryPath) { Combination = FactCombination.Union });
        facts.Add(new Fact(LivestockFactKeys.Category, FactValue.Of(category.Id), categoryPath) { Combination = FactCombination.Union });

        var population = PopulationReader.Read(scope);
        if (population is not null)
        {
            facts.Add(new Fact(LivestockFactKeys.PopulationBasis, FactValue.Of(population.Basis), scope.PathOf(HerdParameters.Population)));
            facts.Add(new Fact(LivestockFactKeys.AnnualAveragePopulation, FactValue.Of(new Quantity(population.Average, Dimension.OfCount)), scope.AmountPath) { Combination = FactCombination.Sum });
            indicators.Add(new Indicator(LivestockFactKeys.AnnualAveragePopulation, new Sdk.LocalizedText("年平均饲养量", "annual average population"),
                population.Average, HerdUnits.Head, new TraceBuilder().Add(population.Terms).Note(population.Note)
                    .Build(population.Basis == Choices.Stock ? "N = N_given" : "N = days × N_sold / 365")));

            if (PigEquivalents.Compute(scope, population) is { } pig)
            {
                facts.Add(pig.Fact);
                indicators.Add(pig.Indicator);
            }

            var (scaleFacts, scaleIndicator) = ScaleClassifier.Classify(scope, population, _scaleStandards);
            facts.AddRange(scaleFacts);
            if (scaleIndicator is not null)
            {
                indicators.Add(scaleIndicator);
            }
        }

        facts.AddRange(SiteFacts.Read(scope));

        if (population is not null)
        {
            if (!IsCalculable(category, method))
            {
                scope.Error(LivestockDiagnosticCodes.CategoryNotCalculable, categoryPath,
                    $"注释中没有方法 {method} 下{category.Name.Zh}的排放因子，无法计算排放。" + Alternatives(category, method, zh: true),
                    $"The notes give no factors for {category.Name.En} under method {method}, so its emissions cannot be computed." + Alternatives(category, method, zh: false));
            }
            else
            {
                // The inventory method works with per-head factors only; manure systems stay unread (and are reported unused).
                var sharesValid = true;
                var shares = method == LivestockMethods.ChinaProvincialInventory2011 ? null : ManureSharesReader.Read(scope, out sharesValid);
                if (EntericFermentation.Compute(scope, population) is { } enteric)
                {
                    emissions.Add(enteric);
                }

                if (ManureMethane.Compute(scope, population, shares, !sharesValid) is { } manure)
                {
                    emissions.Add(manure);
                }

                emissions.AddRange(ManureNitrousOxide.Compute(scope, population, shares, !sharesValid));
            }
        }

        foreach (var name in scope.UnusedParameters())
        {
            scope.Warning(LivestockDiagnosticCodes.ParameterNotUsed, scope.PathOf(name),
                $"方法 {method} 下{category.Name.Zh}的计算没有用到参数 {name}，它不影响结果。请删除它或选择使用它的方法。",
                $"Parameter {name} is not used by method {method} for {category.Name.En} and does not affect the result. Remove it or choose a method that uses it.");
        }

        return new ActivityResult
        {
            Emissions = scope.HasErrors ? [] : emissions.ToImmutable(),
            Indicators = indicators.ToImmutable(),
            Facts = facts.ToImmutable(),
            Diagnostics = [.. scope.Diagnostics],
            Methodology = method,
        };
    }

    /// <summary>Whether the notes give the category any factor under the method.</summary>
    /// <param name="category">The category.</param>
    /// <param name="method">The method.</param>
    /// <returns>True when calculable.</returns>
    internal static bool IsCalculable(LivestockCategory category, string method) => method switch
    {
        LivestockMethods.IpccTier1 or LivestockMethods.IpccTier2 => category.IpccManure != IpccManureTable.None,
        LivestockMethods.GbT32151Part22 => category.GbtRow is not null,
        LivestockMethods.ChinaProvincialInventory2011 => category.InventoryEnteric is not null || category.InventoryManureCh4 is not null,
        _ => false,
    };

    private static string Alternatives(LivestockCategory category, string method, bool zh)
    {
        var others = LivestockMethods.All.Select(m => m.Id).Where(m => m != method && IsCalculable(category, m)).ToList();
        if (others.Count == 0)
        {
            return zh ? "任何方法下都没有该类别的因子。" : " No method has factors for this category.";
        }

        return zh ? $"可选择：{string.Join("、", others)}。" : $" Choose: {string.Join(", ", others)}.";
    }

    private static bool ReadAllowUnconfirmed(HerdScope scope)
    {
        if (!scope.TryGet(HerdParameters.AllowUnconfirmed, out var value))
        {
            return false;
        }

        if (value.Type != ParameterType.Boolean)
        {
            scope.Error(LivestockDiagnosticCodes.InvalidParameter, scope.PathOf(HerdParameters.AllowUnconfirmed),
                $"allowUnconfirmed 必须是 true 或 false，实际为“{value.Raw}”。",
                $"allowUnconfirmed must be true or false; got '{value.Raw}'.");
            return false;
        }

        return value.Boolean;
    }
}
