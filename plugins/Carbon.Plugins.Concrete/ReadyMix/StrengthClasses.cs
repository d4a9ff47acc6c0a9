using System.Collections.Immutable;

namespace Carbon.Plugins.Concrete.ReadyMix;

/// <summary>
/// 混凝土强度等级 the strength classes a ready-mix line may name: C15 to C80 in steps of 5 (the classes of
/// GB 50010 concrete design). They are labels of a vocabulary, never numbers used in arithmetic.
/// </summary>
internal static class StrengthClasses
{
    /// <summary>C15, C20, …, C80.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        "C15", "C20", "C25", "C30", "C35", "C40", "C45", "C50", "C55", "C60", "C65", "C70", "C75", "C80",
    ];

    /// <summary>Whether <paramref name="text"/> is one of <see cref="All"/> (ordinal, upper-case C).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when it is a known class.</returns>
    public static bool IsKnown(string? text) => text is not null && All.Contains(text, StringComparer.Ordinal);
}
