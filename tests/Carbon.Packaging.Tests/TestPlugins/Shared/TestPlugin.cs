using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.TestPlugins;

/// <summary>
/// A minimal plugin for loader tests: one kind, <c>&lt;id&gt;.widget</c> (a count), whose calculator gives the fact
/// <c>&lt;id&gt;.widgets</c>. It computes no emission, so it ships no number.
/// </summary>
public abstract class TestPlugin : ISectorPlugin
{
    protected TestPlugin(string id, string sdkRange = "[0.2,0.3)", IReadOnlyList<DataSet>? dataSets = null)
    {
        Metadata = new PluginMetadata { Id = id, Version = "0.1.0", Name = new LocalizedText("测试插件", "Test plugin"), SdkRange = sdkRange };
        ActivityKinds =
        [
            new ActivityKindDescriptor
            {
                Kind = id + ".widget",
                Name = new LocalizedText("部件", "Widget"),
                Description = new LocalizedText("测试用活动。", "An activity for tests."),
                AmountDimension = Dimension.OfCount,
                AmountUnit = "item",
            },
        ];
        DataSets = dataSets ?? [];
    }

    public PluginMetadata Metadata { get; }

    public virtual IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; }

    public IReadOnlyList<DataSet> DataSets { get; }

    public IActivityCalculator? GetCalculator(string kind) => kind == ActivityKinds[0].Kind ? new WidgetCalculator(Metadata.Id) : null;

    private sealed class WidgetCalculator(string id) : IActivityCalculator
    {
        public ActivityResult Calculate(ActivityInput input, ICalculationContext context) =>
            new() { Facts = ImmutableArray.Create(new Fact(id + ".widgets", FactValue.Of(input.Amount), input.Path + "/amount")) };
    }
}
