using System.Collections.Immutable;

namespace Carbon.Projects;

/// <summary>
/// The project site as a GeoJSON geometry in lon/lat (WGS84 / CGCS2000): a Point, Polygon or MultiPolygon.
/// Coordinates are kept as parsed numbers; the zoning engine builds its own geometry from them.
/// </summary>
public sealed record SiteLocation
{
    /// <summary>The GeoJSON type: <c>Point</c>, <c>Polygon</c> or <c>MultiPolygon</c>.</summary>
    public required string Type { get; init; }

    /// <summary>For a Point: [lon, lat].</summary>
    public ImmutableArray<double> Point { get; init; } = [];

    /// <summary>For polygons: polygons → rings → positions [lon, lat]. A Polygon is one entry.</summary>
    public ImmutableArray<ImmutableArray<ImmutableArray<(double Lon, double Lat)>>> Polygons { get; init; } = [];

    /// <summary>The JSON Pointer.</summary>
    public required string Path { get; init; }
}
