using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Sdk.DependencyInjection;

/// <summary>Returned by <c>services.AddCarbon()</c>; plugins add themselves to it (<c>.AddCement()</c>).</summary>
public interface ICarbonBuilder
{
    /// <summary>The service collection Carbon is registered in.</summary>
    IServiceCollection Services { get; }
}
