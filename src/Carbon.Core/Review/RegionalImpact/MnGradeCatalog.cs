using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;

namespace Carbon.Review.RegionalImpact;

/// <summary>One impact grade (e.g. 影响较小) with its upper bounds for m and n in percent; null bounds mean "above the previous grade".</summary>
/// <param name="Id">The grade id, e.g. <c>small</c>.</param>
/// <param name="Name">The grade name.</param>
/// <param name="MAtMost">The largest m (%) of the grade, or null for the last grade.</param>
/// <param name="NAtMost">The largest n (%) of the grade, or null for the last grade.</param>
internal sealed record MnGrade(string Id, LocalizedText Name, double? MAtMost, double? NAtMost);

/// <summary>A table of m/n impact grades from one source.</summary>
/// <param name="Id">The table id.</param>
/// <param name="Title">The title.</param>
/// <param name="Status">How far it is confirmed.</param>
/// <param name="Source">The source.</param>
/// <param name="Grades">The grades, smallest impact first.</param>
internal sealed record MnGradeTable(string Id, LocalizedText Title, DataStatus Status, SourceCitation Source, ImmutableArray<MnGrade> Grades);

/// <summary>The m/n grade tables (embedded <c>review/mn-grades.json</c>). Immutable.</summary>
/// <param name="Id">The data set id.</param>
/// <param name="Version">The version.</param>
/// <param name="Title">The title.</param>
/// <param name="ContentHash">SHA-256 of the JSON.</param>
/// <param name="DefaultTable">The id of the table used when the project names none.</param>
/// <param name="Tables">The tables.</param>
internal sealed record MnGradeCatalog(string Id, string Version, LocalizedText Title, string ContentHash, string DefaultTable, ImmutableArray<MnGradeTable> Tables)
{
    /// <summary>The table with an id, or null.</summary>
    public MnGradeTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
