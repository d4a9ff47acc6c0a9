using Carbon.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Lime.Tests.Support;

/// <summary>A bare ICarbonBuilder for registration tests (no core engine).</summary>
internal sealed class TestCarbonBuilder : ICarbonBuilder
{
    public IServiceCollection Services { get; } = new ServiceCollection();
}
