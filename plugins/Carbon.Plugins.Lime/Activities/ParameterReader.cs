using Carbon.Plugins.Lime.Diagnostics;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Activities;

/// <summary>
/// Reads the parameters of one activity line defensively: the core checks types and ranges before a calculator
/// runs, but a calculator must never throw or misread, so every read checks again and records a diagnostic.
/// A read returns null both when the parameter is absent and when it is invalid; <see cref="Has"/> tells which.
/// </summary>
internal sealed class ParameterReader(ActivityInput input)
{
    private readonly List<Diagnostic> _errors = [];

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>The line being read.</summary>
    public ActivityInput Input => input;

    /// <summary>Records an error.</summary>
    public void Add(Diagnostic diagnostic) => _errors.Add(diagnostic);

    /// <summary>Whether the project gave the parameter.</summary>
    public bool Has(string name) => input.Parameters.ContainsKey(name);

    /// <summary>The JSON Pointer of a parameter (where it is, or where it would go).</summary>
    public string PathOf(string name) => input.TryGet(name, out var value) ? value.Path : input.Path + "/parameters/" + name;

    /// <summary>The JSON Pointer of the amount.</summary>
    public string AmountPath => input.Path + "/amount";

    /// <summary>
    /// Reads a dimensionless fraction written as a quantity (<c>"95 %"</c>) or a plain number (<c>0.95</c>) and checks it
    /// lies in [0, 1], or in (0, 1] when <paramref name="positive"/>.
    /// </summary>
    public double? Fraction(string name, bool positive = false)
    {
        if (!input.TryGet(name, out var value))
        {
            return null;
        }

        if (!IsNumeric(value) || !value.Quantity.Is(Dimension.None))
        {
            Add(LimeDiagnostics.ParameterType(value.Path, name, "a fraction such as \"95 %\" or 0.95"));
            return null;
        }

        var v = value.Number;
        if (!double.IsFinite(v) || v > 1 || v < 0 || (positive && v <= 0))
        {
            Add(positive
                ? LimeDiagnostics.OutOfRange(value.Path, name, "大于 0 且不大于 100 %", "greater than 0 and at most 100 %")
                : LimeDiagnostics.OutOfRange(value.Path, name, "在 0 到 100 % 之间", "between 0 and 100 %"));
            return null;
        }

        return v;
    }

    /// <summary>Reads a plain number (or a dimensionless quantity) and checks it is at least <paramref name="minimum"/>.</summary>
    public double? Number(string name, double minimum)
    {
        if (!input.TryGet(name, out var value))
        {
            return null;
        }

        if (!IsNumeric(value) || !value.Quantity.Is(Dimension.None))
        {
            Add(LimeDiagnostics.ParameterType(value.Path, name, "a plain number"));
            return null;
        }

        var v = value.Number;
        if (!double.IsFinite(v) || v < minimum)
        {
            var m = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(LimeDiagnostics.OutOfRange(value.Path, name, "不小于 " + m, "at least " + m));
            return null;
        }

        return v;
    }

    /// <summary>Reads a non-negative quantity of the given dimension (canonical units).</summary>
    public double? Quantity(string name, Dimension dimension, string unitHint)
    {
        if (!input.TryGet(name, out var value))
        {
            return null;
        }

        if (value.Type != ParameterType.Quantity || !value.Quantity.Is(dimension))
        {
            Add(LimeDiagnostics.ParameterType(value.Path, name, $"a quantity in {unitHint}, e.g. \"3600 {unitHint}\""));
            return null;
        }

        var v = value.Number;
        if (!double.IsFinite(v) || v < 0)
        {
            Add(LimeDiagnostics.OutOfRange(value.Path, name, "不小于 0", "at least 0"));
            return null;
        }

        return v;
    }

    /// <summary>Reads a choice (or text) and checks it is one of <paramref name="allowed"/>.</summary>
    public string? Choice(string name, string[] allowed)
    {
        if (!input.TryGet(name, out var value))
        {
            return null;
        }

        if (value.Type is not (ParameterType.Choice or ParameterType.Text) || value.Text is null)
        {
            Add(LimeDiagnostics.ParameterType(value.Path, name, "one of " + string.Join(", ", allowed)));
            return null;
        }

        if (Array.IndexOf(allowed, value.Text) < 0)
        {
            Add(LimeDiagnostics.UnknownChoice(value.Path, name, value.Text, allowed));
            return null;
        }

        return value.Text;
    }

    /// <summary>Reads a text.</summary>
    public string? Text(string name)
    {
        if (!input.TryGet(name, out var value))
        {
            return null;
        }

        if (value.Type is not (ParameterType.Text or ParameterType.Choice) || string.IsNullOrWhiteSpace(value.Text))
        {
            Add(LimeDiagnostics.ParameterType(value.Path, name, "a non-empty text"));
            return null;
        }

        return value.Text;
    }

    /// <summary>Requires a parameter: records CB7209 when it is absent.</summary>
    public void Require(string name, string whatZh, string whatEn)
    {
        if (!Has(name))
        {
            Add(LimeDiagnostics.Missing(PathOf(name), name, whatZh, whatEn));
        }
    }

    /// <summary>Checks the amount's dimension and sign; returns its canonical value or null (error recorded).</summary>
    public double? Amount(Dimension dimension, string unit)
    {
        var amount = input.Amount;
        if (!amount.Is(dimension))
        {
            Add(LimeDiagnostics.AmountDimension(AmountPath, unit, amount.Dimension.ToString()));
            return null;
        }

        if (!double.IsFinite(amount.Value) || amount.Value < 0)
        {
            Add(LimeDiagnostics.AmountNegative(AmountPath));
            return null;
        }

        return amount.Value;
    }

    private static bool IsNumeric(ParameterValue value) => value.Type is ParameterType.Quantity or ParameterType.Number;
}
