using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary><c>AddConcrete</c>: idempotent, options validated eagerly.</summary>
public sealed class RegistrationTests
{
    private sealed class Builder : ICarbonBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();
    }

    private static ConcretePlugin[] Plugins(Builder builder) =>
        [.. builder.Services
            .Where(d => d.ServiceType == typeof(ISectorPlugin))
            .Select(d => d.ImplementationFactory!(null!))
            .Cast<ConcretePlugin>()];

    [Fact]
    public void Adding_the_plugin_registers_one_sector_plugin()
    {
        var builder = new Builder();
        builder.AddConcrete().Should().BeSameAs(builder);
        var plugin = Plugins(builder).Should().ContainSingle().Subject;
        plugin.Settings.Should().Be(ConcreteSettings.Default);
    }

    [Fact]
    public void Adding_it_twice_with_the_same_options_registers_it_once()
    {
        var builder = new Builder();
        builder.AddConcrete(o => o.AcceptUserSuppliedFactors = false).AddConcrete(o => o.AcceptUserSuppliedFactors = false);
        Plugins(builder).Should().ContainSingle().Which.Settings.AcceptUserSuppliedFactors.Should().BeFalse();
    }

    [Fact]
    public void Adding_it_again_with_other_options_throws()
    {
        var builder = new Builder();
        builder.AddConcrete();
        var act = () => builder.AddConcrete(o => o.UnconfirmedFactors = UnconfirmedFactorPolicy.Refuse);
        act.Should().Throw<ArgumentException>().WithMessage("*already called with other options*");
    }

    [Fact]
    public void An_undefined_option_value_throws_at_registration()
    {
        var act = () => new Builder().AddConcrete(o => o.UnconfirmedFactors = (UnconfirmedFactorPolicy)7);
        act.Should().Throw<ArgumentException>().WithMessage("*UnconfirmedFactors*Warn or Refuse*");
    }

    [Fact]
    public void A_null_builder_throws()
    {
        var act = () => ConcreteCarbonBuilderExtensions.AddConcrete(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Options_reach_the_calculator()
    {
        var builder = new Builder();
        builder.AddConcrete(o => o.AcceptUserSuppliedFactors = false);
        var plugin = Plugins(builder).Single();
        var input = new Support.LineBuilder("1 m³")
            .Json("embodied", """{ "others": [ { "name": "x", "perM3": "1 kg", "factor": "2 kg CO2e/t", "source": "s" } ] }""")
            .Build();
        Support.Run.ReadyMix(input, plugin).Diagnostics.Should().ContainSingle(d => d.Code == "CB7322");
    }
}
