using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Core.Tests.Support;

/// <summary>
/// A test plugin whose activity <c>test.gas</c> emits exactly the tonnes of CH4 and N2O the project gives, so the
/// core's CO2e conversion can be checked by hand.
/// </summary>
internal sealed class TestPlugin : ISectorPlugin
{
    public PluginMetadata Metadata { get; } = new()
    {
        Id = "test",
        Version = "1.0.0",
        Name = new LocalizedText("测试插件", "Test plugin"),
        SdkRange = "[0.2,0.3)",
        Methodologies = [new MethodologyInfo { Id = "direct", Name = new LocalizedText("直接给出", "Given directly"), Guideline = "test", Edition = "1", Status = DataStatus.Derived }],
        DefaultMethodology = "direct",
    };

    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } =
    [
        new ActivityKindDescriptor
        {
            Kind = "test.gas",
            Name = new LocalizedText("气体", "Gas"),
            Description = new LocalizedText("直接给出 CH4 和 N2O", "CH4 and N2O given directly"),
            AmountDimension = Dimension.OfMass,
            AmountUnit = "t",
            Parameters =
            [
                new ParameterDescriptor { Name = "n2o", Type = ParameterType.Quantity, Dimension = Dimension.OfMass, Unit = "t", Description = new LocalizedText("N2O", "N2O") },
                new ParameterDescriptor { Name = "kind", Type = ParameterType.Choice, AllowedValues = ["a", "b"], Description = new LocalizedText("类别", "Kind") },
                new ParameterDescriptor { Name = "share", Type = ParameterType.Shares, AllowedValues = ["x", "y"], Description = new LocalizedText("比例", "Shares") },
                new ParameterDescriptor { Name = "fraction", Type = ParameterType.Quantity, Dimension = Dimension.None, Minimum = 0, Maximum = 1, Description = new LocalizedText("比例", "Fraction") },
                new ParameterDescriptor { Name = "required", Type = ParameterType.Boolean, Required = false, Description = new LocalizedText("布尔", "Boolean") },
            ],
        },
        new ActivityKindDescriptor
        {
            Kind = "test.throws",
            Name = new LocalizedText("抛出", "Throws"),
            Description = new LocalizedText("计算时抛出异常", "Throws while calculating"),
            AmountDimension = Dimension.OfMass,
            AmountUnit = "t",
        },
    ];

    public IReadOnlyList<DataSet> DataSets { get; } = [];

    public IActivityCalculator? GetCalculator(string kind) => kind switch
    {
        "test.gas" => new GasCalculator(),
        "test.throws" => new ThrowingCalculator(),
        _ => null,
    };

    private sealed class GasCalculator : IActivityCalculator
    {
        public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
        {
            var trace = new Trace("given", [new TraceInput("CH4", input.Amount.Value, "t", InputOrigin.Project, input.Path + "/amount")], []);
            var emissions = new List<GasEmission> { new("test-source", Gas.CH4, input.Amount.Value, trace) };
            if (input.TryGet("n2o", out var n2o))
            {
                emissions.Add(new GasEmission("test-source", Gas.N2O, n2o.Number, trace));
            }

            return new ActivityResult { Emissions = [.. emissions], Methodology = "direct" };
        }
    }

    private sealed class ThrowingCalculator : IActivityCalculator
    {
        public ActivityResult Calculate(ActivityInput input, ICalculationContext context) => throw new InvalidOperationException("boom");
    }
}
