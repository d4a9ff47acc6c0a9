namespace Carbon.Zoning;

/// <summary>
/// Limits that keep a hostile or broken zoning pack from exhausting memory or time. Each breach is a load diagnostic,
/// never an exception.
/// </summary>
public sealed record ZoningPackLimits
{
    /// <summary>The largest single file (manifest, GeoJSON layer, .shp or .dbf), in bytes (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most bytes read for one pack, all files together (default 512 MiB).</summary>
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The most layer files (default 256).</summary>
    public int MaxFiles { get; init; } = 256;

    /// <summary>The most vertices of all geometries together (default 10 000 000).</summary>
    public long MaxVertices { get; init; } = 10_000_000;

    /// <summary>The most vertices of one geometry (default 1 000 000).</summary>
    public long MaxVerticesPerGeometry { get; init; } = 1_000_000;

    /// <summary>The most control units (default 100 000).</summary>
    public int MaxUnits { get; init; } = 100_000;

    /// <summary>The most element and special zones (default 200 000).</summary>
    public int MaxZones { get; init; } = 200_000;

    /// <summary>The most rules (default 20 000).</summary>
    public int MaxRules { get; init; } = 20_000;

    /// <summary>The longest rule expression, in characters (default 2 000).</summary>
    public int MaxExpressionLength { get; init; } = 2_000;

    /// <summary>The deepest nesting in a rule expression (default 32).</summary>
    public int MaxExpressionDepth { get; init; } = 32;

    /// <summary>The most syntax nodes in a rule expression (default 256): this bounds the cost of evaluating it.</summary>
    public int MaxExpressionNodes { get; init; } = 256;

    /// <summary>The deepest JSON nesting of a pack file (default 64).</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>The defaults.</summary>
    public static ZoningPackLimits Default { get; } = new();
}
