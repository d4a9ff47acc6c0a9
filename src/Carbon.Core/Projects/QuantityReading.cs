using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>Reads quantity values from JSON with diagnostics; shared by the project reader and activity checks.</summary>
internal static class QuantityReading
{
    public static (Quantity Quantity, string Text)? Read(JsonElement v, string path, Dimension? expected, string exampleUnit, bool allowNegative, List<Diagnostic> diagnostics)
    {
        Quantity quantity;
        string text;
        if (v.ValueKind == JsonValueKind.Number && expected is { IsNone: true })
        {
            // The same range as a quantity text ("0.5 1"): zero or 1e-30 … 1e15.
            if (!v.TryGetDouble(out var d) || !double.IsFinite(d) || Math.Abs(d) > QuantityParser.MaxMagnitude || (d != 0 && Math.Abs(d) < QuantityParser.MinCanonicalMagnitude))
            {
                diagnostics.Add(ProjectDiagnostics.BadQuantity(path, v.GetRawText(), QuantityParseError.OutOfRange, exampleUnit));
                return null;
            }

            quantity = new Quantity(d, Dimension.None);
            text = d.ToString("R", CultureInfo.InvariantCulture);
        }
        else if (v.ValueKind == JsonValueKind.Number)
        {
            diagnostics.Add(ProjectDiagnostics.BadQuantity(path, v.GetRawText(), QuantityParseError.MissingUnit, exampleUnit));
            return null;
        }
        else if (v.ValueKind == JsonValueKind.String)
        {
            text = v.GetString()!;
            if (!QuantityParser.TryParse(text, out quantity, out _, out var error))
            {
                diagnostics.Add(ProjectDiagnostics.BadQuantity(path, text, error, exampleUnit));
                return null;
            }
        }
        else
        {
            diagnostics.Add(ProjectDiagnostics.WrongType(path, path[(path.LastIndexOf('/') + 1)..], "quantity string, e.g. \"1500 t\""));
            return null;
        }

        if (expected is { } dimension && quantity.Dimension != dimension)
        {
            diagnostics.Add(ProjectDiagnostics.WrongDimension(path, text, dimension, exampleUnit));
            return null;
        }

        if (!allowNegative && quantity.Value < 0)
        {
            diagnostics.Add(ProjectDiagnostics.Negative(path, text));
            return null;
        }

        return (quantity, text);
    }
}
