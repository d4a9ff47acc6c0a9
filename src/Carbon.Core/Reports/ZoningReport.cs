namespace Carbon.Reports;

/// <summary>The zoning section (三线一单) of a report. (Being built: issue 4.)</summary>
/// <param name="Verdict"><c>prohibited</c>, <c>conditional</c>, <c>allowed</c> or <c>needs-information</c>.</param>
public sealed record ZoningReport(string Verdict);
