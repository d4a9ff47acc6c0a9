using System.Reflection;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>Metadata, the activity kind's descriptor and the plugin's discovery.</summary>
public sealed class PluginTests
{
    private readonly ConcretePlugin _plugin = new();

    [Fact]
    public void Metadata_names_the_plugin_its_sdk_range_and_its_methodologies_with_status()
    {
        var m = _plugin.Metadata;
        m.Id.Should().Be("concrete");
        m.Version.Should().Be("0.2.0");
        m.SdkRange.Should().Be("[0.2,0.3)");
        m.Name.IsComplete.Should().BeTrue();
        m.DefaultMethodology.Should().Be("gb36888-2018");
        m.Methodologies.Select(x => x.Id).Should().Equal("gb36888-2018", "gbt51366-2019");

        var gb36888 = m.Methodologies[0];
        gb36888.Status.Should().Be(DataStatus.SingleSource, "energy.md §5.2: [S], requires independent review");
        gb36888.EffectiveFrom.Should().Be(new DateOnly(2019, 12, 1));
        gb36888.Guideline.Should().Contain("GB 36888-2018");
        gb36888.Edition.Should().Contain("2018-11-19");

        var gbt51366 = m.Methodologies[1];
        gbt51366.Status.Should().Be(DataStatus.Confirmed, "ghg-methods.md §3.2: the standard and its issue dates are [C]");
        gbt51366.EffectiveFrom.Should().Be(new DateOnly(2019, 12, 1));
        gbt51366.Edition.Should().Contain("2019-04-09");
        m.Methodologies.Should().OnlyContain(x => x.Name.IsComplete);
    }

    [Fact]
    public void The_ready_mix_kind_takes_a_volume_and_documents_every_parameter_in_both_languages()
    {
        var kind = _plugin.ActivityKinds.Should().ContainSingle().Subject;
        kind.Kind.Should().Be("concrete.ready-mix");
        kind.AmountDimension.Should().Be(Dimension.OfVolume);
        kind.AmountUnit.Should().Be("m³");
        kind.Name.IsComplete.Should().BeTrue();
        kind.Description.IsComplete.Should().BeTrue();
        kind.Parameters.Select(p => p.Name).Should().BeEquivalentTo(
            "strengthClass", "mixingLines", "enclosedStorage", "enclosedMixing", "dustCollectors", "washWaterRecycling",
            "distanceToHomes", "inPark", "upgradeOfExisting", "dustEmission", "dustEmissionBasis", "embodied");
        kind.Parameters.Should().OnlyContain(p => p.Description.IsComplete && !p.Required);
        kind.Parameters.Single(p => p.Name == "strengthClass").AllowedValues.Should().Equal(
            "C15", "C20", "C25", "C30", "C35", "C40", "C45", "C50", "C55", "C60", "C65", "C70", "C75", "C80");
        kind.Parameters.Single(p => p.Name == "embodied").Type.Should().Be(ParameterType.Json);
        kind.Parameters.Single(p => p.Name == "distanceToHomes").Dimension.Should().Be(Dimension.OfLength);
        kind.Parameters.Single(p => p.Name == "dustEmission").Dimension.Should().Be(Dimension.OfMass / Dimension.OfTime);
    }

    [Fact]
    public void Only_its_own_kind_has_a_calculator()
    {
        _plugin.GetCalculator("concrete.ready-mix").Should().NotBeNull();
        _plugin.GetCalculator("cement.clinker").Should().BeNull();
        _plugin.GetCalculator("Concrete.Ready-Mix").Should().BeNull("kind ids are ordinal");
    }

    [Fact]
    public void The_assembly_names_the_plugin_type_which_has_a_public_parameterless_constructor()
    {
        var attribute = typeof(ConcretePlugin).Assembly.GetCustomAttribute<CarbonPluginAttribute>();
        attribute.Should().NotBeNull();
        attribute!.PluginType.Should().Be<ConcretePlugin>();
        typeof(ConcretePlugin).GetConstructor(Type.EmptyTypes).Should().NotBeNull();
        Activator.CreateInstance(attribute.PluginType).Should().BeAssignableTo<ISectorPlugin>();
    }

    [Fact]
    public void The_public_surface_is_small()
    {
        typeof(ConcretePlugin).Assembly.GetExportedTypes().Select(t => t.Name).Should().BeEquivalentTo(
            "ConcretePlugin", "ConcreteOptions", "UnconfirmedFactorPolicy", "ConcreteCarbonBuilderExtensions");
    }
}
