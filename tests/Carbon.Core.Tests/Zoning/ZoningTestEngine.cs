using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Core.Tests.Zoning;

/// <summary>
/// Builds the real engine through <c>AddCarbon()</c>. The test project references only the DI abstractions, so a
/// minimal provider resolves the registrations AddCarbon makes (instances, factories, enumerables); with
/// Microsoft.Extensions.DependencyInjection referenced this is <c>services.BuildServiceProvider()</c>.
/// </summary>
internal static class ZoningTestEngine
{
    private static readonly Lazy<ICarbonEngine> Instance = new(Build);

    public static ICarbonEngine Engine => Instance.Value;

    public static ICarbonEngine Build()
    {
        var services = new ServiceCollection();
        services.AddCarbon();
        return new MiniProvider(services).GetRequiredService<ICarbonEngine>();
    }

    public static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "docs", "samples", "zoning", file);
    }

    private sealed class MiniProvider(IServiceCollection services) : IServiceProvider
    {
        public object? GetService(Type serviceType)
        {
            if (serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var item = serviceType.GetGenericArguments()[0];
                var matches = services.Where(d => d.ServiceType == item).Select(Create).ToArray();
                var array = Array.CreateInstance(item, matches.Length);
                for (var i = 0; i < matches.Length; i++)
                {
                    array.SetValue(matches[i], i);
                }

                return array;
            }

            var descriptor = services.LastOrDefault(d => d.ServiceType == serviceType);
            return descriptor is null ? null : Create(descriptor);
        }

        private object Create(ServiceDescriptor d) =>
            d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(this) ?? Activator.CreateInstance(d.ImplementationType!)!;
    }
}
