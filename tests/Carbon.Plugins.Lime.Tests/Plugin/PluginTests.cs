using System.Reflection;
using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Lime.Tests.Plugin;

/// <summary>Metadata, registration and the activity-kind contract.</summary>
public class PluginTests
{
    [Fact]
    public void Metadata()
    {
        var metadata = new LimePlugin().Metadata;

        metadata.Id.Should().Be("lime");
        metadata.Version.Should().Be("0.2.0");
        metadata.SdkRange.Should().Be("[0.2,0.3)");
        metadata.Name.IsComplete.Should().BeTrue();
        metadata.DefaultMethodology.Should().Be("ipcc-tier2");
        metadata.Methodologies.Select(m => (m.Id, m.Status)).Should().Equal(
            ("ipcc-tier1", DataStatus.Confirmed),
            ("ipcc-tier2", DataStatus.Confirmed),
            ("ipcc-tier3", DataStatus.SingleSource),
            ("china-limestone", DataStatus.SingleSource));
        metadata.Methodologies.Should().OnlyContain(m => m.Name.IsComplete && m.Guideline.Length > 0 && m.Edition.Length > 0);
    }

    [Fact]
    public void Assembly_names_the_plugin_type()
    {
        var attribute = typeof(LimePlugin).Assembly.GetCustomAttribute<CarbonPluginAttribute>();

        attribute.Should().NotBeNull();
        attribute!.PluginType.Should().Be<LimePlugin>();
        typeof(LimePlugin).GetConstructor(Type.EmptyTypes).Should().NotBeNull();
    }

    [Fact]
    public void Activity_kinds_are_prefixed_documented_and_have_calculators()
    {
        var plugin = new LimePlugin();

        plugin.ActivityKinds.Select(k => k.Kind).Should().Equal("lime.production", "lime.carbonate-input", "lime.kiln");
        foreach (var kind in plugin.ActivityKinds)
        {
            kind.Name.IsComplete.Should().BeTrue();
            kind.Description.IsComplete.Should().BeTrue();
            plugin.GetCalculator(kind.Kind).Should().NotBeNull();
            kind.Parameters.Should().OnlyContain(p => p.Description.IsComplete);
            kind.Parameters.Select(p => p.Name).Should().OnlyHaveUniqueItems();
            kind.Parameters.Where(p => p.Type == ParameterType.Quantity).Should().OnlyContain(p => p.Dimension != null && p.Unit != null);
        }

        plugin.GetCalculator("cement.clinker").Should().BeNull();
    }

    [Fact]
    public void Tier2_only_parameter_list_matches_the_descriptor()
    {
        var production = new LimePlugin().ActivityKinds.Single(k => k.Kind == "lime.production");

        // Every production parameter is either a Tier 1 selector or a Tier 2 input refused under Tier 1 (CB7213).
        production.Parameters.Select(p => p.Name).Except(["limeType", "technology"])
            .Should().BeEquivalentTo(Activities.LimeProductionCalculator.Tier2Parameters);
    }

    [Fact]
    public void AddLime_registers_once()
    {
        var builder = new TestCarbonBuilder();

        builder.AddLime().AddLime(o => o.AllowUnconfirmedDefaults = true).Should().BeSameAs(builder);

        using var provider = builder.Services.BuildServiceProvider();
        var plugin = provider.GetServices<ISectorPlugin>().Should().ContainSingle().Subject.Should().BeOfType<LimePlugin>().Subject;
        plugin.Settings.AllowUnconfirmedDefaults.Should().BeFalse("the first registration wins");
    }

    [Fact]
    public void AddLime_applies_options()
    {
        var builder = new TestCarbonBuilder();
        builder.AddLime(o =>
        {
            o.AllowUnconfirmedDefaults = true;
            o.DefaultMethodology = "ipcc-tier1";
        });

        using var provider = builder.Services.BuildServiceProvider();
        var plugin = (LimePlugin)provider.GetServices<ISectorPlugin>().Single();
        plugin.Settings.AllowUnconfirmedDefaults.Should().BeTrue();
        plugin.Metadata.DefaultMethodology.Should().Be("ipcc-tier1");
    }

    [Theory]
    [InlineData("ipcc-tier3")]
    [InlineData("china-limestone")]
    [InlineData("")]
    [InlineData(null)]
    public void AddLime_rejects_an_invalid_default_methodology_eagerly(string? method)
    {
        var builder = new TestCarbonBuilder();

        var act = () => builder.AddLime(o => o.DefaultMethodology = method!);

        act.Should().Throw<ArgumentException>().WithMessage("*DefaultMethodology*ipcc-tier1*ipcc-tier2*");
        builder.Services.Should().BeEmpty();
    }

    [Fact]
    public void AddLime_rejects_a_null_builder()
    {
        var act = () => LimeCarbonBuilderExtensions.AddLime(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Calculators_are_safe_to_share_across_threads()
    {
        var plugin = new LimePlugin();
        var calculator = plugin.GetCalculator("lime.production")!;
        var context = TestCalculationContext.Over(plugin.DataSets[0]);
        var input = Line.Production("100000 t").C("limeType", "high-calcium").Build();

        var results = new double[64];
        Parallel.For(0, results.Length, i => results[i] = calculator.Calculate(input, context).Co2());

        // Each is 76 066.5 t CO2 (see Tier2Tests).
        results.Should().OnlyContain(r => Math.Abs(r - 76_066.5) <= 1e-9 * 76_066.5);
    }
}
