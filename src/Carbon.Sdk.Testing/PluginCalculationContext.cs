using System.Collections.Immutable;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Sdk.Testing;

/// <summary>
/// A calculation context over a plugin's own data sets, for tests: factors resolve by the documented rule of
/// <see cref="IFactorResolver"/> (docs/data.md#resolution) with the given overrides ranking above the plugin's data;
/// methodologies come from a dictionary. Immutable and thread-safe.
/// </summary>
public sealed class PluginCalculationContext : ICalculationContext, IFactorResolver
{
    private readonly ImmutableArray<(FactorRecord Record, int Priority)> _records;
    private readonly ImmutableDictionary<string, string> _methods;

    /// <summary>Creates a context.</summary>
    /// <param name="dataSets">The data sets to resolve from (usually the plugin's).</param>
    /// <param name="reportingYear">The reporting year.</param>
    /// <param name="methods">The methodology per plugin id (<c>options.methods</c>), or null for none.</param>
    /// <param name="overrides">Records that rank above the data sets (a project's own values), or null.</param>
    /// <param name="asOf">
    /// The date factor validity is judged on (a project's review date), or null for 1 January of
    /// <paramref name="reportingYear"/>, as the engine does.
    /// </param>
    public PluginCalculationContext(
        IEnumerable<DataSet> dataSets,
        int reportingYear = 2025,
        IReadOnlyDictionary<string, string>? methods = null,
        IEnumerable<FactorRecord>? overrides = null,
        DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(dataSets);
        _records = [.. dataSets.SelectMany(d => d.Records).Select(r => (r, 1)), .. (overrides ?? []).Select(r => (r, 2))];
        _methods = methods is null ? ImmutableDictionary<string, string>.Empty : methods.ToImmutableDictionary(StringComparer.Ordinal);
        ReportingYear = reportingYear;
        AsOf = asOf ?? new DateOnly(reportingYear, 1, 1);
    }

    /// <summary>A context over a plugin's data sets, with a methodology chosen for it or not.</summary>
    /// <param name="plugin">The plugin.</param>
    /// <param name="methodology">The methodology for the plugin's id, or null for its default.</param>
    /// <param name="reportingYear">The reporting year.</param>
    /// <returns>The context.</returns>
    public static PluginCalculationContext For(ISectorPlugin plugin, string? methodology = null, int reportingYear = 2025)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var methods = methodology is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { [plugin.Metadata.Id] = methodology };
        return new PluginCalculationContext(plugin.DataSets, reportingYear, methods);
    }

    /// <inheritdoc />
    public IFactorResolver Factors => this;

    /// <inheritdoc />
    public int ReportingYear { get; }

    /// <inheritdoc />
    public DateOnly AsOf { get; }

    /// <inheritdoc />
    public string? MethodFor(string pluginId) => pluginId is not null && _methods.TryGetValue(pluginId, out var m) ? m : null;

    /// <inheritdoc />
    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        FactorRecord? best = null;
        var bestScore = -1;
        foreach (var (r, priority) in _records)
        {
            if (!string.Equals(r.Subject, query.Subject, StringComparison.Ordinal)
                || !string.Equals(r.Parameter, query.Parameter, StringComparison.Ordinal)
                || r.Gas != query.Gas
                || !string.Equals(r.Variant, query.Variant, StringComparison.Ordinal)
                || (query.On is { } on && !r.AppliesOn(on)))
            {
                continue;
            }

            var regionExact = r.Region is not null && string.Equals(r.Region, query.Region, StringComparison.Ordinal);
            var yearExact = r.Year is not null && r.Year == query.Year;
            if ((r.Region is not null && !regionExact) || (r.Year is not null && query.Year is not null && !yearExact))
            {
                continue;
            }

            // Region, then year, then priority; remaining ties go to the lowest id (ordinal).
            var score = ((regionExact ? 1 : 0) << 4) | ((yearExact ? 1 : 0) << 3) | priority;
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(r.Id, best!.Id) < 0))
            {
                best = r;
                bestScore = score;
            }
        }

        record = best!;
        return best is not null;
    }
}
