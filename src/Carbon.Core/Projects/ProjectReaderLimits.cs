namespace Carbon.Projects;

/// <summary>Limits that keep a hostile or broken project file from exhausting memory or time. Each breach is a diagnostic.</summary>
public sealed record ProjectReaderLimits
{
    /// <summary>The largest project file, in bytes (default 4 MiB).</summary>
    public int MaxBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest JSON nesting (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most items in any array, anywhere in the file (default 10 000).</summary>
    public int MaxArrayLength { get; init; } = 10_000;

    /// <summary>The most vertices in the site geometry (default 100 000).</summary>
    public int MaxVertices { get; init; } = 100_000;

    /// <summary>
    /// The most object members in the whole file, at any depth (default 50 000): facts, activity parameters and unknown
    /// members each cost a line of report or a diagnostic, so this bounds the report a small file can produce.
    /// </summary>
    public int MaxMembers { get; init; } = 50_000;

    /// <summary>The longest string or member name, in characters (default 10 000).</summary>
    public int MaxStringLength { get; init; } = 10_000;

    /// <summary>
    /// The most diagnostics of one code an assessment report lists (default 100). The rest are counted in one CB1027
    /// diagnostic after them, so that a file cannot turn each of its members into a report line (49 600 unknown
    /// parameters made 49 600 CB1303 warnings, a 39 MB report). <see cref="ProjectReader.Read"/> itself returns every
    /// diagnostic.
    /// </summary>
    public int MaxDiagnosticsPerCode { get; init; } = 100;

    /// <summary>The defaults.</summary>
    public static ProjectReaderLimits Default { get; } = new();
}
