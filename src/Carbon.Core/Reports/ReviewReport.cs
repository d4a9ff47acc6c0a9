namespace Carbon.Reports;

/// <summary>The energy-saving review (节能审查) section of a report. (Being built: issue 3.)</summary>
/// <param name="Tier"><c>provincial</c>, <c>delegated</c> or <c>exempt</c>.</param>
public sealed record ReviewReport(string Tier);
