using System.Text;
using Carbon.Reports;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Core.Tests.Review.Support;

/// <summary>
/// Builds the real engine through <c>AddCarbon</c>. The test project references only the DI abstractions, so instead
/// of <c>BuildServiceProvider()</c> the registered factory is invoked with a minimal provider that supplies the options
/// and no plugins (the review stage needs none).
/// </summary>
internal static class TestEngine
{
    public static ICarbonEngine Create(params DataSet[] additional)
    {
        var services = new ServiceCollection();
        services.AddCarbon(o =>
        {
            foreach (var set in additional)
            {
                o.AdditionalDataSets.Add(set);
            }
        });
        var factory = services.Single(d => d.ServiceType == typeof(ICarbonEngine)).ImplementationFactory!;
        return (ICarbonEngine)factory(new MinimalProvider(services));
    }

    public static AssessmentReport Assess(string json, params DataSet[] additional) => Create(additional).Assess(Encoding.UTF8.GetBytes(json));

    /// <summary>Reads a data set written in a test (a benchmark table the test supplies).</summary>
    public static DataSet DataSet(string json)
    {
        DataSetReader.TryRead(Encoding.UTF8.GetBytes(json), out var set, out var problems).Should().BeTrue(string.Join("; ", problems.Select(p => p.Path + ": " + p.Message.En)));
        return set!;
    }

    private sealed class MinimalProvider(IServiceCollection services) : IServiceProvider
    {
        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(CarbonOptions))
            {
                return services.Single(d => d.ServiceType == typeof(CarbonOptions)).ImplementationInstance;
            }

            return serviceType == typeof(IEnumerable<ISectorPlugin>) ? Array.Empty<ISectorPlugin>() : null;
        }
    }
}
