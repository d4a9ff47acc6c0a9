using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculation;

/// <summary>
/// Reads one activity line's amount and parameters with their checks, collecting diagnostics instead of throwing, and
/// remembers which parameters were used so that the rest can be reported (a given input is never silently ignored).
/// One instance serves one <c>Calculate</c> call; it is never shared between threads.
/// </summary>
internal sealed class LineReader
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Creates a reader for one line.</summary>
    /// <param name="input">The line.</param>
    public LineReader(ActivityInput input) => Input = input;

    /// <summary>The line.</summary>
    public ActivityInput Input { get; }

    /// <summary>Whether an error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The diagnostics so far.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    /// <summary>The JSON Pointer of the amount.</summary>
    public string AmountPath => Input.Path + "/amount";

    /// <summary>Adds a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void Add(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }
    }

    /// <summary>The JSON Pointer of a parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The pointer.</returns>
    public string PathOf(string name) => JsonPointer.Append(Input.Path + "/parameters", name);

    /// <summary>Whether the project gave the parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>True when given.</returns>
    public bool Has(string name) => Input.Parameters.ContainsKey(name);

    /// <summary>Marks a parameter as used by the calculation (or by a fact).</summary>
    /// <param name="name">The parameter name.</param>
    public void MarkUsed(string name) => _used.Add(name);

    /// <summary>Reports every given parameter that was not used, in ordinal order, as a CB7108 warning.</summary>
    /// <param name="method">The methodology id, for the message.</param>
    public void ReportUnused(string method)
    {
        // Usually every parameter given was read: then nothing is collected or sorted.
        List<string>? unused = null;
        foreach (var (name, _) in Input.Parameters)
        {
            if (!_used.Contains(name))
            {
                (unused ??= []).Add(name);
            }
        }

        if (unused is null)
        {
            return;
        }

        unused.Sort(StringComparer.Ordinal);
        foreach (var name in unused)
        {
            Add(CementDiagnostics.Unused(PathOf(name), name, method));
        }
    }

    /// <summary>Reads the amount, which must have <paramref name="dimension"/> and be finite and non-negative.</summary>
    /// <param name="dimension">The expected dimension.</param>
    /// <param name="unit">The unit to name in messages, e.g. <c>t</c>.</param>
    /// <returns>The amount in canonical units, or null after a diagnostic.</returns>
    public double? Amount(Dimension dimension, string unit)
    {
        var amount = Input.Amount;
        if (amount.Dimension != dimension)
        {
            Add(CementDiagnostics.AmountDimension(AmountPath, Input.Kind, unit, amount.Dimension.ToString()));
            return null;
        }

        if (!double.IsFinite(amount.Value) || amount.Value < 0)
        {
            Add(CementDiagnostics.AmountInvalid(AmountPath, Input.Kind, amount.Value));
            return null;
        }

        return amount.Value;
    }

    /// <summary>Reads an optional mass fraction (a percentage such as <c>"65 %"</c> or a plain number 0.65) in [0, 1].</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The fraction, or null when absent or invalid (then with a diagnostic).</returns>
    public Reading? Fraction(string name) => Ratio(name, 0, 1, "在 0 到 100 % 之间", "between 0 and 100 %");

    /// <summary>Reads an optional dimensionless number within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value, or null.</param>
    /// <param name="rangeZh">The range in Chinese, for the message.</param>
    /// <param name="rangeEn">The range in English, for the message.</param>
    /// <returns>The value, or null when absent or invalid (then with a diagnostic).</returns>
    public Reading? Ratio(string name, double minimum, double? maximum, string rangeZh, string rangeEn)
    {
        if (!Input.TryGet(name, out var value))
        {
            return null;
        }

        MarkUsed(name);
        var path = value.Path.Length > 0 ? value.Path : PathOf(name);
        if (value.Type is not (ParameterType.Quantity or ParameterType.Number) || !value.Quantity.Dimension.IsNone)
        {
            Add(CementDiagnostics.Invalid(path, name, "无量纲数（如 \"65 %\" 或 0.65）", "a dimensionless number (e.g. \"65 %\" or 0.65)", value.Raw));
            return null;
        }

        var number = value.Quantity.Value;
        if (!double.IsFinite(number) || number < minimum || (maximum is { } max && number > max))
        {
            Add(CementDiagnostics.OutOfRange(path, name, rangeZh, rangeEn, value.Raw));
            return null;
        }

        return new Reading(number, path, value.Raw);
    }

    /// <summary>Reads an optional non-negative quantity of <paramref name="dimension"/> (e.g. a mass in t, a capacity in t/d).</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="dimension">The expected dimension.</param>
    /// <param name="unit">The unit to name in messages.</param>
    /// <returns>The value in canonical units, or null when absent or invalid (then with a diagnostic).</returns>
    public Reading? NonNegative(string name, Dimension dimension, string unit)
    {
        if (!Input.TryGet(name, out var value))
        {
            return null;
        }

        MarkUsed(name);
        var path = value.Path.Length > 0 ? value.Path : PathOf(name);
        if (value.Type != ParameterType.Quantity || value.Quantity.Dimension != dimension)
        {
            Add(CementDiagnostics.Invalid(path, name, $"带单位的量，单位如 {unit}", $"a quantity with a unit like {unit}", value.Raw));
            return null;
        }

        var number = value.Quantity.Value;
        if (!double.IsFinite(number) || number < 0)
        {
            Add(CementDiagnostics.OutOfRange(path, name, "为非负数", "zero or more", value.Raw));
            return null;
        }

        return new Reading(number, path, value.Raw);
    }

    /// <summary>Reads an optional choice among <paramref name="allowed"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="allowed">The allowed values.</param>
    /// <returns>The choice, or null when absent or invalid (then with a diagnostic).</returns>
    public string? Choice(string name, ImmutableArray<string> allowed)
    {
        if (!Input.TryGet(name, out var value))
        {
            return null;
        }

        MarkUsed(name);
        var path = value.Path.Length > 0 ? value.Path : PathOf(name);
        var text = value.Type is ParameterType.Choice or ParameterType.Text ? value.Text : null;
        if (text is null || !allowed.Contains(text, StringComparer.Ordinal))
        {
            var list = string.Join(", ", allowed);
            Add(CementDiagnostics.Invalid(path, name, "以下之一：" + list, "one of " + list, value.Raw));
            return null;
        }

        return text;
    }

    /// <summary>Reads an optional free text.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The text, or null when absent or invalid (then with a diagnostic).</returns>
    public string? Text(string name)
    {
        if (!Input.TryGet(name, out var value))
        {
            return null;
        }

        MarkUsed(name);
        if (value.Type is not (ParameterType.Text or ParameterType.Choice) || value.Text is null)
        {
            Add(CementDiagnostics.Invalid(value.Path.Length > 0 ? value.Path : PathOf(name), name, "文本", "a text", value.Raw));
            return null;
        }

        return value.Text;
    }

    /// <summary>Reads an optional boolean.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value, or null when absent or invalid (then with a diagnostic).</returns>
    public (bool Value, string Path)? Boolean(string name)
    {
        if (!Input.TryGet(name, out var value))
        {
            return null;
        }

        MarkUsed(name);
        var path = value.Path.Length > 0 ? value.Path : PathOf(name);
        if (value.Type != ParameterType.Boolean)
        {
            Add(CementDiagnostics.Invalid(path, name, "true 或 false", "true or false", value.Raw));
            return null;
        }

        return (value.Boolean, path);
    }

    /// <summary>Reads an optional JSON parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The element and its path, or null when absent or invalid (then with a diagnostic).</returns>
    public (JsonElement Element, string Path)? Json(string name)
    {
        if (!Input.TryGet(name, out var value))
        {
            return null;
        }

        MarkUsed(name);
        var path = value.Path.Length > 0 ? value.Path : PathOf(name);
        if (value.Type != ParameterType.Json || value.Json.ValueKind == JsonValueKind.Undefined)
        {
            Add(CementDiagnostics.Invalid(path, name, "JSON 数组", "a JSON array", value.Raw));
            return null;
        }

        return (value.Json, path);
    }

    /// <summary>Formats a number for messages and labels, culture-invariant.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
