using Carbon.Plugins.Cement;
using Carbon.Plugins.Concrete;
using Carbon.Plugins.Lime;
using Carbon.Plugins.Livestock;
using Carbon.Projects;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Benchmarks.Infrastructure;

/// <summary>The bundled sample project files and an engine with the four bundled plugins, as a library user builds it.</summary>
internal static class Samples
{
    public static readonly string[] Sectors = ["cement", "lime", "concrete", "livestock"];

    public static byte[] Bytes(string sector)
    {
        using var stream = typeof(Samples).Assembly.GetManifestResourceStream("Samples." + sector + ".json")
            ?? throw new InvalidOperationException("Sample " + sector + " is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static ICarbonEngine Engine()
    {
        var services = new ServiceCollection();
        services.AddCarbon().AddCement().AddLime().AddConcrete().AddLivestock();
        return services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
    }

    public static Project Read(ICarbonEngine engine, byte[] utf8Json)
    {
        var read = engine.Read(utf8Json);
        return read.Project ?? throw new InvalidOperationException("Sample does not read: "
            + string.Join("; ", read.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
    }

    /// <summary>Fails the run when a benchmark's two sides disagree: a ratio of two different computations means nothing.</summary>
    public static void Agree(double expected, double actual, string what)
    {
        if (Math.Abs(expected - actual) > 1e-9 * Math.Max(1, Math.Abs(expected)))
        {
            throw new InvalidOperationException($"{what}: the baseline gives {expected:R}, Carbon gives {actual:R}.");
        }
    }
}
