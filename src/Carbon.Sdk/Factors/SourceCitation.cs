namespace Carbon.Sdk.Factors;

/// <summary>Where a number or rule comes from.</summary>
/// <param name="Document">The document: name and number, e.g. "GB/T 2589-2008 综合能耗计算通则".</param>
/// <param name="Clause">The clause, table or row, e.g. "Annex A, Table A.1".</param>
/// <param name="Url">The address it was read at, as found (often a mirror).</param>
/// <param name="Edition">The edition, vintage or effective period as the document states it.</param>
public sealed record SourceCitation(string Document, string? Clause = null, string? Url = null, string? Edition = null)
{
    /// <summary>"Document, Clause" for one-line display.</summary>
    /// <returns>The citation.</returns>
    public override string ToString() => Clause is null ? Document : Document + ", " + Clause;
}
