using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// A project-supplied fraction per manure system (<c>mcf</c>, <c>fracGasMs</c>): an object whose keys are system
/// ids and whose values are fractions (0.04) or percentage texts ("4 %"); for <c>fracGasMs</c> also a single fraction
/// for all manure.
/// </summary>
/// <param name="All">The single fraction for all manure, or null.</param>
/// <param name="BySystem">The fraction of each system given.</param>
/// <param name="Path">The JSON Pointer of the parameter.</param>
internal sealed record FractionMap(double? All, ImmutableDictionary<string, double> BySystem, string Path)
{
    /// <summary>The fraction for a system, as a project term.</summary>
    /// <param name="systemId">The system.</param>
    /// <param name="symbol">The symbol.</param>
    /// <param name="term">The term.</param>
    /// <returns>True when the project gave one.</returns>
    public bool TryGet(string systemId, string symbol, out Term term)
    {
        if (BySystem.TryGetValue(systemId, out var v))
        {
            term = new Term(symbol, v, "1", InputOrigin.Project, Path + "/" + systemId);
            return true;
        }

        if (All is { } all)
        {
            term = new Term(symbol, all, "1", InputOrigin.Project, Path);
            return true;
        }

        term = null!;
        return false;
    }

    /// <summary>Reads a fraction map parameter; reports <see cref="LivestockDiagnosticCodes.InvalidFractionMap"/> on bad input.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="allowSingle">Whether one number for all manure is allowed.</param>
    /// <param name="map">The map.</param>
    /// <returns>True when given and valid.</returns>
    public static bool TryRead(HerdScope scope, string name, bool allowSingle, out FractionMap map)
    {
        map = null!;
        if (!scope.TryGet(name, out var value))
        {
            return false;
        }

        var path = scope.PathOf(name);
        var element = value.Json;
        if (allowSingle && (value.Type == ParameterType.Number || element.ValueKind is JsonValueKind.Number or JsonValueKind.String))
        {
            var single = value.Type == ParameterType.Number ? value.Number : ReadFraction(element);
            if (single is null || !InRange(single.Value))
            {
                Bad(scope, name, path, allowSingle);
                return false;
            }

            map = new FractionMap(single, ImmutableDictionary<string, double>.Empty, path);
            return true;
        }

        if (value.Type != ParameterType.Json || element.ValueKind != JsonValueKind.Object)
        {
            Bad(scope, name, path, allowSingle);
            return false;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in element.EnumerateObject())
        {
            var fraction = ReadFraction(property.Value);
            if (!ManureSystems.TryGet(property.Name, out _) || fraction is null || !InRange(fraction.Value))
            {
                Bad(scope, name, path + "/" + property.Name, allowSingle);
                ok = false;
                continue;
            }

            builder[property.Name] = fraction.Value;
        }

        if (!ok)
        {
            return false;
        }

        map = new FractionMap(null, builder.ToImmutable(), path);
        return true;
    }

    private static bool InRange(double v) => double.IsFinite(v) && v >= 0 && v <= 1;

    private static double? ReadFraction(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var d))
        {
            return d;
        }

        if (e.ValueKind == JsonValueKind.String && QuantityParser.TryParse(e.GetString(), out var q, out _, out _) && q.Dimension.IsNone)
        {
            return q.Value;
        }

        return null;
    }

    private static void Bad(HerdScope scope, string name, string at, bool allowSingle) =>
        scope.Error(LivestockDiagnosticCodes.InvalidFractionMap, at,
            $"{name} 必须是对象，键为粪便管理方式（{string.Join("、", ManureSystems.Ids)}），值为 0–1 的小数或百分数文本（如 \"4 %\"）" + (allowSingle ? "；也可以是一个用于全部粪便的分数。" : "。"),
            $"{name} must be an object keyed by manure system ({string.Join(", ", ManureSystems.Ids)}) with fractions 0–1 or percentage texts such as \"4 %\"" + (allowSingle ? "; or one fraction for all manure." : "."));
}
