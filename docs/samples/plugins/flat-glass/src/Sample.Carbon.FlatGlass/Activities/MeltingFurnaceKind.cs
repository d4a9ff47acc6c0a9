using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Sample.Carbon.FlatGlass.Activities;

/// <summary><c>flat-glass.melting-furnace</c>: a float-glass melting furnace (浮法玻璃熔窑) by its design melting capacity.</summary>
internal static class MeltingFurnaceKind
{
    /// <summary>The kind id.</summary>
    public const string Kind = "flat-glass.melting-furnace";

    /// <summary>The fact it gives: the design melting capacity in t/d (zoning rules on new flat-glass capacity read it).</summary>
    public const string CapacityFact = "flat-glass.melting-capacity";

    /// <summary>The descriptor.</summary>
    public static ActivityKindDescriptor Descriptor { get; } = new()
    {
        Kind = Kind,
        Name = new LocalizedText("玻璃熔窑", "Glass melting furnace"),
        Description = new LocalizedText(
            "一座熔窑的设计熔化能力（t/d）。不产生排放；生成事实 flat-glass.melting-capacity，供产能置换等规则使用。",
            "One furnace's design melting capacity (t/d). Emits nothing; gives the fact flat-glass.melting-capacity for rules such as capacity replacement."),
        AmountDimension = Dimension.OfMass / Dimension.OfTime,
        AmountUnit = "t/d",
    };
}
