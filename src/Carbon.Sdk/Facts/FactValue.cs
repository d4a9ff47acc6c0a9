using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Facts;

/// <summary>The kind of a fact value.</summary>
public enum FactKind
{
    /// <summary>A quantity (number with a dimension; a plain number has <see cref="Dimension.None"/>).</summary>
    Quantity = 0,

    /// <summary>true or false.</summary>
    Boolean = 1,

    /// <summary>A string.</summary>
    Text = 2,

    /// <summary>A list of strings.</summary>
    TextList = 3,
}

/// <summary>A fact about a project that rules and corrections read, e.g. <c>cement.clinker-capacity = 5000 t/d</c>.</summary>
public sealed record FactValue
{
    /// <summary>The kind.</summary>
    public required FactKind Kind { get; init; }

    /// <summary>For quantities.</summary>
    public Quantity Quantity { get; init; }

    /// <summary>For booleans.</summary>
    public bool Boolean { get; init; }

    /// <summary>For text.</summary>
    public string? Text { get; init; }

    /// <summary>For text lists.</summary>
    public ImmutableArray<string> Items { get; init; } = [];

    /// <summary>A quantity fact.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The fact value.</returns>
    public static FactValue Of(Quantity quantity) => new() { Kind = FactKind.Quantity, Quantity = quantity };

    /// <summary>A boolean fact.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The fact value.</returns>
    public static FactValue Of(bool value) => new() { Kind = FactKind.Boolean, Boolean = value };

    /// <summary>A text fact.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The fact value.</returns>
    public static FactValue Of(string value) => new() { Kind = FactKind.Text, Text = value };
}

/// <summary>How the values of one fact key from several activity lines combine into the project's fact.</summary>
public enum FactCombination
{
    /// <summary>One value per project: lines that disagree are reported and the first value is used.</summary>
    One = 0,

    /// <summary>Quantities add up (e.g. pig equivalents of several herd lines).</summary>
    Sum = 1,

    /// <summary>Texts are collected into a list of distinct values in line order (e.g. the species of a mixed farm).</summary>
    Union = 2,

    /// <summary>The largest quantity (e.g. the largest kiln).</summary>
    Max = 3,
}

/// <summary>A named fact with where it came from.</summary>
/// <param name="Key">The fact key, e.g. <c>cement.clinker-capacity</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Path">The JSON Pointer it was read from, when it came from the project file.</param>
public sealed record Fact(string Key, FactValue Value, string? Path = null)
{
    /// <summary>How values of this key from several lines combine (default <see cref="FactCombination.One"/>).</summary>
    public FactCombination Combination { get; init; }
}
