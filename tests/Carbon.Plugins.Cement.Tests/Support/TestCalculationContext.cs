using System.Collections.Immutable;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Tests.Support;

/// <summary>
/// A tiny test-only context over the plugin's data set: records match on subject, parameter, gas, variant and date;
/// project overrides win; ties go to the lowest id. Enough to run calculators without the core engine.
/// </summary>
internal sealed class TestCalculationContext : ICalculationContext, IFactorResolver
{
    private readonly ImmutableArray<FactorRecord> _records;
    private readonly ImmutableArray<FactorRecord> _overrides;
    private readonly string? _method;

    public TestCalculationContext(DataSet? dataSet, string? method = null, IEnumerable<FactorRecord>? overrides = null)
    {
        _records = dataSet?.Records ?? [];
        _overrides = overrides is null ? [] : [.. overrides];
        _method = method;
    }

    public IFactorResolver Factors => this;

    public int ReportingYear => 2026;

    public DateOnly AsOf => new(2026, 1, 1);

    public string? MethodFor(string pluginId) => pluginId == "cement" ? _method : null;

    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        var q = query;
        var found = Match(_overrides, q) ?? Match(_records, q);
        record = found!;
        return found is not null;
    }

    private static FactorRecord? Match(ImmutableArray<FactorRecord> records, FactorQuery q) => records
        .Where(r => r.Subject == q.Subject && r.Parameter == q.Parameter && r.Gas == q.Gas
            && (q.Variant is null || r.Variant == q.Variant)
            && (q.On is null || r.AppliesOn(q.On.Value)))
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .FirstOrDefault();
}
