using System.Reflection;
using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Livestock.Tests.Plugin;

public class PluginTests
{
    private sealed class BareBuilder : ICarbonBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();
    }

    [Fact]
    public void Metadata()
    {
        var m = Herds.Plugin.Metadata;
        m.Id.Should().Be("livestock");
        m.Version.Should().Be("0.2.0");
        m.SdkRange.Should().Be("[0.2,0.3)");
        m.Name.IsComplete.Should().BeTrue();
        m.DefaultMethodology.Should().Be("ipcc-2006-tier1");
        m.Methodologies.Select(x => x.Id).Should().Equal("ipcc-2006-tier1", "ipcc-2006-tier2", "gbt-32151.22-2024", "china-provincial-inventory-2011");
        m.Methodologies.Should().OnlyContain(x => x.Name.IsComplete && x.Guideline.Length > 0 && x.Edition.Length > 0);
        m.Methodologies.Single(x => x.Id == "china-provincial-inventory-2011").Status.Should().Be(DataStatus.Unconfirmed);
    }

    [Fact]
    public void Activity_kind_is_documented_in_both_languages()
    {
        var kind = Herds.Plugin.ActivityKinds.Should().ContainSingle().Subject;
        kind.Kind.Should().Be("livestock.herd");
        kind.AmountDimension.Should().Be(Dimension.OfCount);
        kind.Name.IsComplete.Should().BeTrue();
        kind.Description.IsComplete.Should().BeTrue();
        kind.Parameters.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        kind.Parameters.Should().OnlyContain(p => p.Description.IsComplete);
        foreach (var p in kind.Parameters.Where(p => p.Type == ParameterType.Quantity))
        {
            QuantityParser.TryParseUnit(p.Unit, out var unit, out _).Should().BeTrue(p.Name);
            unit.Dimension.Should().Be(p.Dimension!.Value, p.Name);
        }

        kind.Parameters.Where(p => p.Type is ParameterType.Choice or ParameterType.Shares).Should().OnlyContain(p => p.AllowedValues.Length > 0);
        kind.Parameters.Where(p => p.Required).Select(p => p.Name).Should().BeEquivalentTo("category", "population");
        kind.Parameters.Single(p => p.Name == "manureSystems").Type.Should().Be(ParameterType.Shares);
    }

    [Fact]
    public void Calculator_lookup()
    {
        Herds.Plugin.GetCalculator("livestock.herd").Should().NotBeNull();
        Herds.Plugin.GetCalculator("cement.clinker").Should().BeNull();
        Herds.Plugin.GetCalculator("LIVESTOCK.HERD").Should().BeNull();
    }

    [Fact]
    public void Assembly_names_the_plugin_type_which_has_a_parameterless_constructor()
    {
        var attribute = typeof(LivestockPlugin).Assembly.GetCustomAttribute<CarbonPluginAttribute>();
        attribute!.PluginType.Should().Be<LivestockPlugin>();
        Activator.CreateInstance(attribute.PluginType).Should().BeAssignableTo<ISectorPlugin>();
    }

    [Fact]
    public void AddLivestock_registers_once()
    {
        var builder = new BareBuilder();
        builder.AddLivestock().AddLivestock();
        using var provider = builder.Services.BuildServiceProvider();
        provider.GetServices<ISectorPlugin>().Should().ContainSingle().Which.Should().BeOfType<LivestockPlugin>();
    }

    [Fact]
    public void AddLivestock_with_different_options_throws()
    {
        var builder = new BareBuilder();
        builder.AddLivestock();
        var again = () => builder.AddLivestock(o => o.DefaultMethodology = LivestockMethods.GbT32151Part22);
        again.Should().Throw<ArgumentException>().WithMessage("*different options*");
    }

    [Theory]
    [InlineData("ipcc-2019")]
    [InlineData("china-provincial-inventory-2011")]
    public void Invalid_default_methodology_is_refused_eagerly(string method)
    {
        var add = () => new BareBuilder().AddLivestock(o => o.DefaultMethodology = method);
        add.Should().Throw<ArgumentException>().WithMessage("*DefaultMethodology*");
    }

    [Theory]
    [InlineData("Moa 2025")]
    [InlineData("")]
    public void Invalid_scale_standard_ids_are_refused_eagerly(string id)
    {
        var add = () => new BareBuilder().AddLivestock(o => o.ScaleStandards.Add(id));
        add.Should().Throw<ArgumentException>().WithMessage("*ScaleStandards*");
    }

    [Fact]
    public void Duplicate_scale_standards_are_refused()
    {
        var add = () => new BareBuilder().AddLivestock(o => o.ScaleStandards.Add("moa-2025"));
        add.Should().Throw<ArgumentException>().WithMessage("*twice*");
    }

    [Fact]
    public void Host_options_choose_the_default_method_and_the_scale_standard_order()
    {
        var builder = new BareBuilder();
        builder.AddLivestock(o =>
        {
            o.DefaultMethodology = LivestockMethods.GbT32151Part22;
            o.ScaleStandards.Clear();
            o.ScaleStandards.Add("first-pollution-census");
        });
        using var provider = builder.Services.BuildServiceProvider();
        var plugin = provider.GetServices<ISectorPlugin>().Single();
        plugin.Metadata.DefaultMethodology.Should().Be("gbt-32151.22-2024");

        var context = TestCalculationContext.For(plugin);
        var result = plugin.GetCalculator("livestock.herd")!.Calculate(
            HerdLineBuilder.Of("swine-market", "499 head", "sold").Quantity("daysAlive", "180 d").Choice("region", "中南").Build(), context);
        result.Methodology.Should().Be("gbt-32151.22-2024");
        result.Fact("livestock.scale-standard").Value.Text.Should().Be("first-pollution-census");
        result.Fact("livestock.scale-class").Value.Text.Should().Be("specialised-household");
    }

    [Fact]
    public void The_engine_loads_the_plugin_and_its_data()
    {
        var services = new ServiceCollection();
        services.AddCarbon().AddLivestock();
        using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<ICarbonEngine>().Catalog;
        catalog.Plugins.Should().Contain(p => p.Id == "livestock");
        catalog.ActivityKinds.Should().Contain(k => k.Kind == "livestock.herd");
        catalog.DataSets.Select(d => d.Id).Should().Contain("livestock.ipcc-2006");
        catalog.Diagnostics.Should().BeEmpty();
    }
}
