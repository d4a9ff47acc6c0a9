using System.Collections.Immutable;
using Carbon.Data;
using Carbon.Review.RegionalImpact;
using Carbon.Review.Regimes;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Review;

/// <summary>
/// The review data embedded in Carbon.Core (<c>Carbon.Data.review/regimes.json</c> and <c>Carbon.Data.review/mn-grades.json</c>),
/// read once and immutable afterwards. A problem in it is a defect of the shipped data: it is reported as CB59xx
/// errors rather than thrown, so the report names the exact member.
/// </summary>
internal sealed class ReviewData
{
    /// <summary>The manifest resource name of the regimes file.</summary>
    internal const string RegimesResource = "Carbon.Data.review/regimes.json";

    /// <summary>The manifest resource name of the m/n grades file.</summary>
    internal const string GradesResource = "Carbon.Data.review/mn-grades.json";

    // Immutable once built; Lazy gives thread-safe one-time construction. Not a cache of results: only shipped data.
    private static readonly Lazy<ReviewData> Embedded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private ReviewData(RegimeCatalog? regimes, MnGradeCatalog? grades, ImmutableArray<Diagnostic> problems)
    {
        Regimes = regimes;
        Grades = grades;
        Problems = problems;
    }

    /// <summary>The regimes, or null when the file did not read.</summary>
    public RegimeCatalog? Regimes { get; }

    /// <summary>The m/n grade tables, or null when the file did not read.</summary>
    public MnGradeCatalog? Grades { get; }

    /// <summary>Problems found reading the files (empty for correct shipped data).</summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>The embedded review data.</summary>
    public static ReviewData Shipped => Embedded.Value;

    /// <summary>Reads review data from the two files' bytes.</summary>
    /// <param name="regimesJson">The regimes file.</param>
    /// <param name="gradesJson">The m/n grades file.</param>
    /// <returns>The data, with the problems found.</returns>
    internal static ReviewData From(ReadOnlySpan<byte> regimesJson, ReadOnlySpan<byte> gradesJson)
    {
        RegimeCatalogReader.TryRead(regimesJson, out var regimes, out var p1);
        MnGradeCatalogReader.TryRead(gradesJson, out var grades, out var p2);
        return new ReviewData(regimes, grades, [.. p1, .. p2]);
    }

    private static ReviewData Load()
    {
        var assembly = typeof(ReviewData).Assembly;
        return From(CoreData.ReadResource(assembly, RegimesResource), CoreData.ReadResource(assembly, GradesResource));
    }
}
