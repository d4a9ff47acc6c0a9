using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Reliability.Tests.Support;

/// <summary>
/// A test plugin whose activity <c>gwptest.gas</c> emits exactly the tonnes of CH4 (the amount) and N2O (the
/// <c>n2o</c> parameter) the project gives, so that the core's CO2e conversion can be checked against the GWP values.
/// </summary>
internal sealed class GasTestPlugin : ISectorPlugin
{
    public PluginMetadata Metadata { get; } = new()
    {
        Id = "gwptest",
        Version = "1.0.0",
        Name = new LocalizedText("GWP 测试插件", "GWP test plugin"),
        SdkRange = "[0.2,0.3)",
        Methodologies = [new MethodologyInfo { Id = "direct", Name = new LocalizedText("直接给出", "Given directly"), Guideline = "test", Edition = "1", Status = DataStatus.Derived }],
        DefaultMethodology = "direct",
    };

    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } =
    [
        new ActivityKindDescriptor
        {
            Kind = "gwptest.gas",
            Name = new LocalizedText("气体", "Gas"),
            Description = new LocalizedText("直接给出 CH4（活动量）和 N2O", "CH4 (the amount) and N2O given directly"),
            AmountDimension = Dimension.OfMass,
            AmountUnit = "t",
            Parameters = [new ParameterDescriptor { Name = "n2o", Type = ParameterType.Quantity, Dimension = Dimension.OfMass, Unit = "t", Minimum = 0, Description = new LocalizedText("N2O", "N2O") }],
        },
    ];

    public IReadOnlyList<DataSet> DataSets { get; } = [];

    public IActivityCalculator? GetCalculator(string kind) => kind == "gwptest.gas" ? new GasCalculator() : null;

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
}
