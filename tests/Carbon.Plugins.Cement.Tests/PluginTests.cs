using System.Reflection;
using Carbon.Sdk.Activities;
using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>Metadata, activity kinds, methodologies and registration.</summary>
public class PluginTests
{
    private sealed class Builder : ICarbonBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();
    }

    [Fact]
    public void Metadata_is_complete()
    {
        var m = new CementPlugin().Metadata;
        m.Id.Should().Be("cement");
        m.Version.Should().Be("0.2.0");
        m.SdkRange.Should().Be("[0.2,0.3)");
        m.Name.Zh.Should().Be("水泥");
        m.Name.En.Should().Be("Cement");
        m.DefaultMethodology.Should().Be("china-2013");
        m.Methodologies.Select(x => x.Id).Should().Equal("china-2013", "ipcc-tier1", "ipcc-tier2", "ipcc-tier3", "mee-2024");
        m.Methodologies.Should().OnlyContain(x => x.Name.IsComplete && x.Guideline.Length > 0 && x.Edition.Length > 0);
    }

    [Fact]
    public void Mee_2024_is_marked_unconfirmed_with_its_issue_date()
    {
        var mee = new CementPlugin().Metadata.Methodologies.Single(x => x.Id == "mee-2024");

        // ghg-methods.md §1.4: issued 2024-09-13, effective on issue [C]; equations not seen (UNCONFIRMED).
        mee.Status.Should().Be(DataStatus.Unconfirmed);
        mee.EffectiveFrom.Should().Be(new DateOnly(2024, 9, 13));
        mee.Guideline.Should().Contain("CETS—AG—02.01—V01—2024").And.Contain("UNCONFIRMED");
        mee.Name.En.Should().Contain("UNCONFIRMED");
    }

    [Fact]
    public void Assembly_names_the_plugin_type()
    {
        var attribute = typeof(CementPlugin).Assembly.GetCustomAttribute<CarbonPluginAttribute>();
        attribute!.PluginType.Should().Be<CementPlugin>();
        typeof(CementPlugin).GetConstructor(Type.EmptyTypes).Should().NotBeNull();
    }

    [Fact]
    public void Every_kind_has_a_calculator_and_documented_parameters()
    {
        var plugin = new CementPlugin();
        plugin.ActivityKinds.Select(k => k.Kind).Should().Equal("cement.clinker", "cement.cement", "cement.raw-meal-carbon", "cement.alternative-fuel");
        foreach (var kind in plugin.ActivityKinds)
        {
            plugin.GetCalculator(kind.Kind).Should().NotBeNull(kind.Kind);
            kind.Name.IsComplete.Should().BeTrue();
            kind.Description.IsComplete.Should().BeTrue();
            kind.AmountDimension.Should().Be(Sdk.Units.Dimension.OfMass);
            kind.AmountUnit.Should().Be("t");
            kind.Parameters.Select(p => p.Name).Should().OnlyHaveUniqueItems();
            foreach (var p in kind.Parameters)
            {
                p.Description.IsComplete.Should().BeTrue(p.Name);
                if (p.Type == ParameterType.Quantity)
                {
                    p.Dimension.Should().NotBeNull(p.Name);
                    Sdk.Units.QuantityParser.TryParseUnit(p.Unit, out var unit, out _).Should().BeTrue(p.Name);
                    unit.Dimension.Should().Be(p.Dimension!.Value, p.Name);
                }

                if (p.Type == ParameterType.Choice)
                {
                    p.AllowedValues.Should().NotBeEmpty(p.Name);
                }
            }
        }

        plugin.GetCalculator("cement.kiln").Should().BeNull();
        plugin.GetCalculator("lime.production").Should().BeNull();
    }

    [Fact]
    public void Required_flags_match_what_the_calculators_require()
    {
        var kinds = new CementPlugin().ActivityKinds.ToDictionary(k => k.Kind);
        kinds["cement.cement"].Parameters.Where(p => p.Required).Select(p => p.Name).Should().Equal("clinkerFraction");
        kinds["cement.raw-meal-carbon"].Parameters.Where(p => p.Required).Select(p => p.Name).Should().Equal("nonFuelCarbonFraction");
        kinds["cement.alternative-fuel"].Parameters.Where(p => p.Required).Select(p => p.Name).Should().Equal("heatingValue", "emissionFactor", "nonBiomassCarbonShare");

        // cement.clinker needs CaO/MgO only for some methodologies, so the calculator checks them (CB7103).
        kinds["cement.clinker"].Parameters.Should().NotContain(p => p.Required);
    }

    [Fact]
    public void AddCement_registers_one_plugin_and_the_options_idempotently()
    {
        var builder = new Builder();
        builder.AddCement().AddCement(o => o.DefaultMethodology = CementMethodologyIds.IpccTier2).Should().BeSameAs(builder);

        builder.Services.Where(d => d.ServiceType == typeof(ISectorPlugin)).Should().ContainSingle()
            .Which.ImplementationType.Should().Be<CementPlugin>();
        var options = builder.Services.Where(d => d.ServiceType == typeof(CementOptions)).Should().ContainSingle().Subject.ImplementationInstance;
        options.Should().BeOfType<CementOptions>().Which.DefaultMethodology.Should().Be("ipcc-tier2");
        new CementPlugin((CementOptions)options!).Metadata.DefaultMethodology.Should().Be("ipcc-tier2");
    }

    [Fact]
    public void AddCement_refuses_an_unknown_default_methodology_eagerly()
    {
        var act = () => new Builder().AddCement(o => o.DefaultMethodology = "tier2");

        act.Should().Throw<ArgumentException>().WithMessage("*tier2*china-2013*");
    }

    [Fact]
    public void The_default_methodology_option_reaches_the_calculators()
    {
        var plugin = new CementPlugin(new CementOptions { DefaultMethodology = CementMethodologyIds.IpccTier1 });
        var result = plugin.GetCalculator("cement.clinker")!.Calculate(
            Support.Line.Of("cement.clinker", "1000000 t"), Support.TestCalculationContext.Over(plugin.DataSets[0]));

        // No project choice → ipcc-tier1: 1 000 000 × 0.52 = 520 000 t CO2.
        result.Methodology.Should().Be("ipcc-tier1");
        result.Emissions.Sum(e => e.Tonnes).Should().BeApproximately(520_000, 1e-9 * 520_000);
    }

    [Fact]
    public void Calculators_refuse_null_arguments()
    {
        var calculator = new CementPlugin().GetCalculator("cement.clinker")!;
        var act = () => calculator.Calculate(null!, Support.TestCalculationContext.Over(null));
        act.Should().Throw<ArgumentNullException>();
    }
}
