using Carbon.Sdk.Activities;
using Carbon.Sdk.Facts;

namespace Sample.Carbon.FlatGlass.Activities;

/// <summary>Turns a furnace line into the capacity fact. Pure and thread-safe.</summary>
internal sealed class MeltingFurnaceCalculator : IActivityCalculator
{
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context) => new()
    {
        Facts = [new Fact(MeltingFurnaceKind.CapacityFact, FactValue.Of(input.Amount), input.Path + "/amount")],
        Methodology = FlatGlassPlugin.CarbonateMethod,
    };
}
