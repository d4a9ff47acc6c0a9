namespace Carbon.Reporting.Charts;

/// <summary>Chart colours: a fixed palette (readable in greyscale print) and the colours that carry a meaning.</summary>
internal static class ChartPalette
{
    private static readonly string[] Series = ["#2f6f4f", "#c0392b", "#2471a3", "#b7950b", "#7d3c98", "#117a65", "#a04000", "#5d6d7e"];

    public const string Axis = "#555555";
    public const string Grid = "#d0d0d0";
    public const string Muted = "#666666";
    public const string Better = "#d7eedd";
    public const string Between = "#fbf0c9";
    public const string Worse = "#f6d5d5";
    public const string Project = "#1a1a1a";

    public static string At(int index) => Series[index % Series.Length];

    /// <summary>The colour of a zoning verdict: red prohibited, amber conditional, green allowed, grey otherwise.</summary>
    public static string Verdict(string verdict) => verdict switch
    {
        "prohibited" => "#b00020",
        "conditional" => "#b36b00",
        "allowed" => "#2e7d32",
        _ => "#5d6d7e",
    };

    /// <summary>The colour of a control-unit category, as on 三线一单 maps: 1 优先保护 green, 2 重点管控 red, 3 一般管控 blue.</summary>
    public static string UnitCategory(int? category) => category switch
    {
        1 => "#2e7d32",
        2 => "#c62828",
        3 => "#1565c0",
        _ => "#5d6d7e",
    };
}
