using Carbon.Sdk.Units;

namespace Carbon.Sdk.Factors;

/// <summary>
/// One published number — a coefficient, an emission factor, a calorific value, a fraction — with everything a
/// reviewer needs to check it: what it applies to, its unit, its validity, its source and how far it is confirmed.
/// Records are data, shipped in versioned <see cref="DataSet"/>s, never constants in code.
/// </summary>
public sealed record FactorRecord
{
    private double _value;
    private string _unit = string.Empty;
    // A reference, not a Quantity? (a 32-byte struct): a struct cache written by one thread while another reads it can
    // tear, and the reader then sees "cached" with a zero value. A reference is published whole; as a record it keeps
    // the record's value equality.
    private CachedQuantity? _quantity;
    // The reference of ToReference(), built on first use: every trace line that names the record would otherwise build
    // it and its source text again. Checked against the record's fields on each read, so a `with` copy (which shares
    // the cache) can never return a stale one; the cache takes no part in the record's equality.
    private readonly ReferenceCache _reference = new();

    /// <summary>A stable id, unique across all loaded data sets, e.g. <c>gbt2589.coal.raw.coal-equivalent</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the number is about: an energy carrier id, an activity kind or a material, e.g. <c>diesel</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>Which property it is, e.g. <c>ncv</c>, <c>carbon-content</c>, <c>oxidation</c>, <c>coal-equivalent</c>, <c>grid-ef</c>.</summary>
    public required string Parameter { get; init; }

    /// <summary>The published value, exactly as published in <see cref="Unit"/> (never rounded or recomputed).</summary>
    public required double Value
    {
        get => _value;
        init
        {
            _value = value;
            _quantity = null; // `with { Value = … }` copies the cache; a new value must not keep the old canonical one.
        }
    }

    /// <summary>The unit as published, e.g. <c>kgce/kg</c>, <c>tC/TJ</c>, <c>GJ/万Nm³</c>, <c>1</c> for a fraction.</summary>
    public required string Unit
    {
        get => _unit;
        init
        {
            _unit = value;
            _quantity = null;
        }
    }

    /// <summary>The gas an emission factor is for, when it is one.</summary>
    public Gas? Gas { get; init; }

    /// <summary>The region it applies to (e.g. <c>华北</c>, a GB/T 2260 code), or null for national / everywhere.</summary>
    public string? Region { get; init; }

    /// <summary>The data year or vintage (e.g. a grid factor's data year), or null.</summary>
    public int? Year { get; init; }

    /// <summary>A series or variant (e.g. <c>mee-nbs</c> vs <c>carbon-market</c>; a livestock region table), or null.</summary>
    public string? Variant { get; init; }

    /// <summary>First day the record applies, or null for no lower bound.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day the record applies, or null for no upper bound.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>Where the number was published.</summary>
    public required SourceCitation Source { get; init; }

    /// <summary>How far it is confirmed.</summary>
    public required DataStatus Status { get; init; }

    /// <summary>A note for the reader (e.g. why it is unconfirmed, which table row), or null.</summary>
    public string? Note { get; init; }

    /// <summary>The id of the data set that holds the record (set when the data set is built).</summary>
    public string DataSet { get; init; } = string.Empty;

    /// <summary>The version of that data set.</summary>
    public string DataSetVersion { get; init; } = string.Empty;

    /// <summary>The value in canonical units (e.g. GJ/t, t/GJ, tce/GJ), computed once from <see cref="Value"/> and <see cref="Unit"/>.</summary>
    /// <exception cref="FormatException">The unit is unknown (data sets are validated when they load, so this means a hand-built record).</exception>
    public Quantity Quantity => (_quantity ??= new CachedQuantity(Quantity.Of(Value, Unit))).Value;

    /// <summary>Whether the record applies on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date is inside the validity period.</returns>
    public bool AppliesOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date <= ValidTo);

    /// <summary>A compact reference for traces.</summary>
    /// <returns>The reference.</returns>
    public FactorReference ToReference()
    {
        if (_reference.Snapshot is { } cached
            && ReferenceEquals(cached.Citation, Source)
            && ReferenceEquals(cached.Reference.Id, Id)
            && ReferenceEquals(cached.Reference.DataSet, DataSet)
            && ReferenceEquals(cached.Reference.DataSetVersion, DataSetVersion)
            && ReferenceEquals(cached.Reference.Unit, Unit)
            && cached.Reference.Value.Equals(Value)
            && cached.Reference.Status == Status)
        {
            return cached.Reference;
        }

        var reference = new FactorReference(Id, DataSet, DataSetVersion, Value, Unit, Status, Source.ToString());
        _reference.Snapshot = new ReferenceSnapshot(Source, reference);
        return reference;
    }

    private sealed record CachedQuantity(Quantity Value);

    /// <summary>A reference with the citation it was built from.</summary>
    private sealed class ReferenceSnapshot(SourceCitation citation, FactorReference reference)
    {
        public SourceCitation Citation { get; } = citation;

        public FactorReference Reference { get; } = reference;
    }

    /// <summary>A holder for the cached reference that every other holder equals, so that caching never changes equality.</summary>
    private sealed class ReferenceCache
    {
        // Written whole (a reference), so a reader on another thread sees either null or a complete snapshot.
        public ReferenceSnapshot? Snapshot { get; set; }

        public override bool Equals(object? obj) => obj is ReferenceCache;

        public override int GetHashCode() => 0;
    }
}
