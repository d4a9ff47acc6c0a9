using System.Collections.Immutable;

namespace Carbon.Reports;

/// <summary>Who the report is about.</summary>
/// <param name="Id">The project id.</param>
/// <param name="Name">The name.</param>
/// <param name="Nature">The nature (JSON name).</param>
/// <param name="ReportingYear">The reporting year.</param>
/// <param name="ReviewDate">The review date (YYYY-MM-DD) or null.</param>
/// <param name="IndustryCodes">GB/T 4754 codes.</param>
/// <param name="AdminCode">GB/T 2260 code or null.</param>
public sealed record ProjectSummary(string Id, MessageReport Name, string Nature, int ReportingYear, string? ReviewDate, ImmutableArray<string> IndustryCodes, string? AdminCode);
