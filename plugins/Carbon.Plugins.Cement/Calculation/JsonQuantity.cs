using System.Text.Json;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculation;

/// <summary>Reads quantities inside plugin-read JSON parameters (e.g. <c>"2500 t/d"</c>, <c>"95 %"</c> or 0.95).</summary>
internal static class JsonQuantity
{
    /// <summary>Reads a quantity text of <paramref name="dimension"/>. A bare number is refused unless the dimension is none: Carbon never guesses a unit.</summary>
    /// <param name="element">The JSON value.</param>
    /// <param name="dimension">The expected dimension.</param>
    /// <param name="value">The value in canonical units.</param>
    /// <returns>True when read.</returns>
    public static bool TryRead(JsonElement element, Dimension dimension, out double value)
    {
        value = 0;
        if (element.ValueKind == JsonValueKind.Number && dimension.IsNone)
        {
            return element.TryGetDouble(out value) && double.IsFinite(value);
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        if (!QuantityParser.TryParse(element.GetString(), out var quantity, out _, out _) || quantity.Dimension != dimension)
        {
            return false;
        }

        value = quantity.Value;
        return double.IsFinite(value);
    }

    /// <summary>The value as written, for messages and traces.</summary>
    /// <param name="element">The JSON value.</param>
    /// <returns>The raw text.</returns>
    public static string Raw(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();
}
