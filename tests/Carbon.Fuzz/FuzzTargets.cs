using System.Diagnostics.CodeAnalysis;
using Carbon.Fuzz.Targets;

namespace Carbon.Fuzz;

/// <summary>The harnesses by name, as run.sh and the replay command call them.</summary>
internal static class FuzzTargets
{
    private static readonly Dictionary<string, Func<IFuzzTarget>> Factories = new(StringComparer.Ordinal)
    {
        ["quantity"] = () => new QuantityTarget(),
        ["project"] = () => new ProjectTarget(),
        ["dataset"] = () => new DataSetTarget(),
        ["zoning-pack"] = () => new ZoningPackTarget(),
        ["rule-expression"] = () => new RuleExpressionTarget(),
        ["geojson"] = () => new LayerFileTarget("zones.geojson"),
        ["shapefile"] = () => new LayerFileTarget("units.shp"),
        ["dbf"] = () => new LayerFileTarget("units.dbf"),
    };

    public static IEnumerable<string> Names => Factories.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out IFuzzTarget? target)
    {
        target = Factories.TryGetValue(name, out var factory) ? factory() : null;
        return target is not null;
    }
}
