namespace Carbon.Reports;

/// <summary>Keeps report numbers printable: no negative zero, and never NaN or infinity (those are engine defects).</summary>
internal static class ReportNumber
{
    public static double Clean(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException("A non-finite number reached the report; this is a defect in Carbon, please report it with the project file.");
        }

        return value == 0 ? 0 : value;
    }

    public static double? Clean(double? value) => value is { } v ? Clean(v) : null;
}
