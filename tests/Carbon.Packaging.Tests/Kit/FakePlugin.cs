using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Packaging.Tests.Kit;

/// <summary>A plugin assembled from parts, to show that each kit check catches what it should.</summary>
internal sealed class FakePlugin : ISectorPlugin
{
    public PluginMetadata Metadata { get; init; } = new()
    {
        Id = "fake",
        Version = "0.1.0",
        Name = new LocalizedText("假", "Fake"),
        SdkRange = "[0.2,0.3)",
    };

    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; init; } =
    [
        new ActivityKindDescriptor
        {
            Kind = "fake.output",
            Name = new LocalizedText("产量", "Output"),
            Description = new LocalizedText("产量。", "Output."),
            AmountDimension = Dimension.OfMass,
            AmountUnit = "t",
        },
    ];

    public IReadOnlyList<DataSet> DataSets { get; init; } = [];

    public Func<ActivityInput, ActivityResult> Calculate { get; init; } = _ => new ActivityResult();

    public IActivityCalculator? GetCalculator(string kind) => ActivityKinds.Any(k => k.Kind == kind) ? new Calculator(Calculate) : null;

    public static FactorRecord Record(string id, double value, string unit = "tCO2/t", DataStatus status = DataStatus.Confirmed) => new()
    {
        Id = id,
        Subject = "fake.output",
        Parameter = "ef",
        Value = value,
        Unit = unit,
        Gas = Gas.CO2,
        Source = new SourceCitation("A cited document", "Table 1"),
        Status = status,
        DataSet = "fake.data",
        DataSetVersion = "1",
    };

    public static GasEmission Co2(double tonnes, Trace trace) => new(EmissionSources.Process, Gas.CO2, tonnes, trace);

    public static Trace Trace(params TraceInput[] inputs) => new("E = M × EF", [.. inputs], ImmutableArray<FactorReference>.Empty);

    private sealed class Calculator(Func<ActivityInput, ActivityResult> calculate) : IActivityCalculator
    {
        public ActivityResult Calculate(ActivityInput input, ICalculationContext context) => calculate(input);
    }
}
