namespace Carbon.Sdk.Units;

/// <summary>Why a quantity or unit text could not be read.</summary>
public enum QuantityParseError
{
    /// <summary>The text was read.</summary>
    None = 0,

    /// <summary>The text is empty or blank.</summary>
    Empty,

    /// <summary>The text is longer than <see cref="QuantityParser.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>The number part is missing or malformed (e.g. <c>1.2.3 t</c>, <c>NaN</c>, <c>1,00 t</c>).</summary>
    InvalidNumber,

    /// <summary>A number was given without a unit; Carbon never guesses a unit.</summary>
    MissingUnit,

    /// <summary>The unit is not one Carbon knows.</summary>
    UnknownUnit,

    /// <summary>
    /// The magnitude exceeds <see cref="QuantityParser.MaxMagnitude"/> or is not finite, or, in canonical units, is not
    /// zero and lies outside <see cref="QuantityParser.MinCanonicalMagnitude"/>…<see cref="QuantityParser.MaxCanonicalMagnitude"/>.
    /// </summary>
    OutOfRange,
}
