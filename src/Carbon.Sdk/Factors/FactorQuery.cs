namespace Carbon.Sdk.Factors;

/// <summary>What a calculator asks the resolver for.</summary>
/// <param name="Subject">The subject, e.g. <c>diesel</c>.</param>
/// <param name="Parameter">The parameter, e.g. <c>ncv</c>.</param>
/// <param name="Gas">The gas, for emission factors.</param>
/// <param name="Region">The region; a record for that region wins over a national one.</param>
/// <param name="Year">The data year; when set, only records of that year (or with no year) match.</param>
/// <param name="Variant">The series or variant; when set, only records of that variant match.</param>
/// <param name="On">The date the record must be valid on, or null to ignore validity.</param>
public readonly record struct FactorQuery(
    string Subject,
    string Parameter,
    Gas? Gas = null,
    string? Region = null,
    int? Year = null,
    string? Variant = null,
    DateOnly? On = null);
