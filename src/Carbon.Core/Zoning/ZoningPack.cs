namespace Carbon.Zoning;

/// <summary>
/// A loaded zoning pack (三线一单 / 生态环境分区管控 results of one jurisdiction and version): plan documents,
/// control units, element and special zones, region status, resource caps and rules. (Being built: issue 4.)
/// </summary>
public sealed class ZoningPack
{
    /// <summary>The pack id.</summary>
    public required string Id { get; init; }

    /// <summary>The pack version.</summary>
    public required string Version { get; init; }
}
