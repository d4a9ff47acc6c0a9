using System.Collections.Immutable;
using System.Globalization;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// Reads <c>manureSystems</c>. The core already checks that shares sum to 1; the plugin checks again (keys, range,
/// sum) because a wrong share silently shifts emissions between systems.
/// </summary>
internal static class ManureSharesReader
{
    /// <summary>Reads the shares.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="valid">False when the line gave shares that are invalid (an error was reported).</param>
    /// <returns>The shares, or null when not given or invalid.</returns>
    public static ManureShares? Read(HerdScope scope, out bool valid)
    {
        valid = true;
        if (!scope.TryGet(HerdParameters.ManureSystems, out var value))
        {
            return null;
        }

        var path = scope.PathOf(HerdParameters.ManureSystems);
        if (value.Type != ParameterType.Shares || value.Shares.IsEmpty)
        {
            valid = false;
            scope.Error(LivestockDiagnosticCodes.InvalidManureShares, path,
                "manureSystems 必须是一个对象，键为粪便管理方式，值为比例，例如 {\"solid-storage\": 0.6, \"anaerobic-digester\": 0.4}。",
                "manureSystems must be an object of shares keyed by manure system, e.g. {\"solid-storage\": 0.6, \"anaerobic-digester\": 0.4}.");
            return null;
        }

        var sum = 0.0;
        foreach (var key in value.Shares.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var share = value.Shares[key];
            if (!ManureSystems.TryGet(key, out _))
            {
                valid = false;
                scope.Error(LivestockDiagnosticCodes.InvalidManureShares, path + "/" + key,
                    $"未知的粪便管理方式“{key}”。可选：{string.Join("、", ManureSystems.Ids)}。",
                    $"Unknown manure system '{key}'. Allowed: {string.Join(", ", ManureSystems.Ids)}.");
            }

            if (!double.IsFinite(share) || share < 0 || share > 1)
            {
                valid = false;
                scope.Error(LivestockDiagnosticCodes.InvalidManureShares, path + "/" + key,
                    $"粪便管理方式 {key} 的比例必须在 0 到 1 之间，实际为 {share.ToString("R", CultureInfo.InvariantCulture)}。",
                    $"The share of manure system {key} must lie between 0 and 1; got {share.ToString("R", CultureInfo.InvariantCulture)}.");
            }

            sum += share;
        }

        if (valid && Math.Abs(sum - 1) > Formulas.ShareSumTolerance)
        {
            valid = false;
            scope.Error(LivestockDiagnosticCodes.InvalidManureShares, path,
                $"各粪便管理方式比例之和必须为 1（100 %），实际为 {sum.ToString("R", CultureInfo.InvariantCulture)}。请改正比例，使全部粪便都归入某种方式。",
                $"The manure-system shares must sum to 1 (100 %); they sum to {sum.ToString("R", CultureInfo.InvariantCulture)}. Correct them so that all manure is assigned to a system.");
        }

        if (!valid)
        {
            return null;
        }

        var shares = ManureSystems.All
            .Where(s => value.Shares.TryGetValue(s.Id, out var v) && v > 0)
            .Select(s => new ManureShare(s, value.Shares[s.Id], path + "/" + s.Id))
            .ToImmutableArray();
        return new ManureShares(shares, path);
    }
}
