using System.Collections.Immutable;

namespace Carbon.Sdk.Plugins;

/// <summary>Who a plugin is and what it supports.</summary>
public sealed record PluginMetadata
{
    /// <summary>The id, also the prefix of its activity kinds, e.g. <c>cement</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The plugin's version (SemVer).</summary>
    public required string Version { get; init; }

    /// <summary>The name in both languages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The Carbon.Sdk versions it supports, as a NuGet range, e.g. <c>[1.0,2.0)</c>.</summary>
    public required string SdkRange { get; init; }

    /// <summary>The methodologies it implements.</summary>
    public ImmutableArray<MethodologyInfo> Methodologies { get; init; } = [];

    /// <summary>The methodology used when a project names none.</summary>
    public string? DefaultMethodology { get; init; }
}
