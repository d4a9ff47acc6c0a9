using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Calculation;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Facts;

/// <summary>
/// Facts about the farm site given on a herd line for zoning rules (setbacks, treatment capacity). Give them on one
/// line of the farm (or as project facts in <c>facts{}</c>).
/// </summary>
internal static class SiteFacts
{
    private static readonly ImmutableArray<(string Parameter, string Key, Dimension Dimension, string Unit)> Map =
    [
        (HerdParameters.ManureTreatmentCapacity, LivestockFactKeys.ManureTreatmentCapacity, HerdUnits.VolumePerTime, "m³/d"),
        (HerdParameters.DistanceToWaterSource, LivestockFactKeys.DistanceToWaterSource, Dimension.OfLength, "m"),
        (HerdParameters.DistanceToHomes, LivestockFactKeys.DistanceToHomes, Dimension.OfLength, "m"),
    ];

    /// <summary>Reads the site facts the line gives.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The facts.</returns>
    public static ImmutableArray<Fact> Read(HerdScope scope)
    {
        var facts = ImmutableArray.CreateBuilder<Fact>();
        foreach (var (parameter, key, dimension, unit) in Map)
        {
            if (!scope.Has(parameter) || !scope.TryQuantity(parameter, parameter, dimension, unit, out var term))
            {
                continue;
            }

            if (term.Value < 0)
            {
                scope.Error(LivestockDiagnosticCodes.InvalidParameter, scope.PathOf(parameter),
                    $"{parameter} 不能为负数。", $"{parameter} cannot be negative.");
                continue;
            }

            scope.TryGet(parameter, out var value);
            facts.Add(new Fact(key, FactValue.Of(value.Quantity), scope.PathOf(parameter)));
        }

        return facts.ToImmutable();
    }
}
