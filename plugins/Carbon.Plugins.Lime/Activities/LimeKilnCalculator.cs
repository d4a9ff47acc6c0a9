using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Plugins.Lime.Diagnostics;
using Carbon.Plugins.Lime.Domain;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Activities;

/// <summary>
/// <c>lime.kiln</c>: declares a group of identical lime kilns (石灰窑) for zoning rules and capacity checks. It emits
/// no gas (kiln fuels and electricity are the project's <c>energy[]</c> lines, accounted by the core) and only the
/// facts <c>lime.kiln-type</c>, <c>lime.kiln-capacity</c> (t/d per kiln), <c>lime.kiln-count</c>, and when given
/// <c>lime.fuel</c>, <c>lime.replaces-kilns</c> and <c>lime.replaced-capacity</c>.
/// </summary>
internal sealed class LimeKilnCalculator : IActivityCalculator
{
    /// <summary>The activity kind id.</summary>
    public const string Kind = "lime.kiln";

    /// <summary>Fact: the kiln type id.</summary>
    public const string KilnTypeFact = "lime.kiln-type";

    /// <summary>Fact: the design capacity of one kiln, t/d.</summary>
    public const string KilnCapacityFact = "lime.kiln-capacity";

    /// <summary>Fact: the number of kilns of the line.</summary>
    public const string KilnCountFact = "lime.kiln-count";

    /// <summary>Fact: the kiln fuel as declared (free text, ideally a carrier id of <c>energy[]</c>).</summary>
    public const string FuelFact = "lime.fuel";

    /// <summary>Fact: the kiln types the project replaces, one item per kiln.</summary>
    public const string ReplacesKilnsFact = "lime.replaces-kilns";

    /// <summary>Fact: the total capacity of the kilns replaced, t/d.</summary>
    public const string ReplacedCapacityFact = "lime.replaced-capacity";

    private static readonly Dimension Capacity = Dimension.OfMass / Dimension.OfTime;

    /// <inheritdoc />
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new ParameterReader(input);
        var capacity = reader.Amount(Capacity, "t/d");
        if (capacity is 0)
        {
            reader.Add(LimeDiagnostics.OutOfRange(reader.AmountPath, "amount", "大于 0 t/d（单座窑的设计产能）", "greater than 0 t/d (the design capacity of one kiln)"));
        }

        reader.Require("kilnType", "请给出窑型：" + string.Join("、", KilnTypeIds.All) + "。", "give the kiln type: " + string.Join(", ", KilnTypeIds.All) + ".");
        var kilnType = reader.Choice("kilnType", KilnTypeIds.All);
        var count = ReadCount(reader);
        var fuel = reader.Text("fuel");
        var replaces = ReadReplacedKilns(reader);
        var replacedCapacity = reader.Quantity("replacedCapacity", Capacity, "t/d");
        if (reader.Errors.Count > 0 || capacity is not { } c || kilnType is null)
        {
            return ActivityResult.Failed([.. reader.Errors]);
        }

        var facts = ImmutableArray.CreateBuilder<Fact>();
        facts.Add(new Fact(KilnTypeFact, FactValue.Of(kilnType), reader.PathOf("kilnType")) { Combination = FactCombination.Union });
        facts.Add(new Fact(KilnCapacityFact, FactValue.Of(new Quantity(c, Capacity)), reader.AmountPath) { Combination = FactCombination.Max });
        facts.Add(new Fact(KilnCountFact, FactValue.Of(new Quantity(count, Dimension.None)), reader.Has("count") ? reader.PathOf("count") : input.Path) { Combination = FactCombination.Sum });
        if (fuel is not null)
        {
            facts.Add(new Fact(FuelFact, FactValue.Of(fuel), reader.PathOf("fuel")));
        }

        if (replaces is not null)
        {
            facts.Add(new Fact(ReplacesKilnsFact, new FactValue { Kind = FactKind.TextList, Items = replaces.Value }, reader.PathOf("replacesKilns")));
        }

        if (replacedCapacity is { } rc)
        {
            facts.Add(new Fact(ReplacedCapacityFact, FactValue.Of(new Quantity(rc, Capacity)), reader.PathOf("replacedCapacity")) { Combination = FactCombination.Sum });
        }

        return new ActivityResult { Facts = facts.ToImmutable() };
    }

    private static double ReadCount(ParameterReader reader)
    {
        if (!reader.Input.TryGet("count", out var value))
        {
            return 1;
        }

        if (value.Type is not (ParameterType.Number or ParameterType.Quantity) || !value.Quantity.Is(Dimension.None)
            || !double.IsFinite(value.Number) || value.Number < 1 || value.Number != Math.Floor(value.Number))
        {
            reader.Add(LimeDiagnostics.KilnCount(value.Path));
            return 1;
        }

        return value.Number;
    }

    private static ImmutableArray<string>? ReadReplacedKilns(ParameterReader reader)
    {
        if (!reader.Input.TryGet("replacesKilns", out var value))
        {
            return null;
        }

        if (value.Type != ParameterType.Json || value.Json.ValueKind != JsonValueKind.Array)
        {
            reader.Add(LimeDiagnostics.ReplacesKilnsMalformed(value.Path, KilnTypeIds.All));
            return null;
        }

        var items = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in value.Json.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (!KilnTypeIds.IsKnown(id))
            {
                reader.Add(LimeDiagnostics.ReplacesKilnsMalformed(value.Path + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), KilnTypeIds.All));
                return null;
            }

            items.Add(id!);
            i++;
        }

        return items.ToImmutable();
    }
}
