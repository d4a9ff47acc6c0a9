namespace Carbon.Reports;

/// <summary>One efficiency indicator compared with its levels. (Being built: issue 3.)</summary>
/// <param name="Indicator">The indicator id.</param>
public sealed record BaselineReport(string Indicator);
