using System.Collections.Frozen;
using NetTopologySuite.Geometries;

namespace Carbon.Zoning.Loading;

/// <summary>One feature of a layer file: its geometry and attributes as invariant text (field names case-insensitive).</summary>
/// <param name="Path">Where it is, e.g. <c>/layers/0/features/12</c>.</param>
/// <param name="Geometry">The geometry (lon/lat).</param>
/// <param name="Attributes">The attributes.</param>
internal sealed record LayerRecord(string Path, Geometry Geometry, FrozenDictionary<string, string> Attributes)
{
    public string? Get(IEnumerable<string> names)
    {
        foreach (var n in names)
        {
            if (Attributes.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v))
            {
                return v.Trim();
            }
        }

        return null;
    }
}
