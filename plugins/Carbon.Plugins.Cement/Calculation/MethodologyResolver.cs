using Carbon.Plugins.Cement.Methodologies;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Cement.Calculation;

/// <summary>Picks the methodology of a line: the project's <c>options.methods.cement</c>, else the plugin default.</summary>
internal static class MethodologyResolver
{
    /// <summary>The plugin id the project's choice is keyed by.</summary>
    public const string PluginId = "cement";

    /// <summary>Resolves the methodology, reporting CB7107 for an unknown id and CB7111 for mee-2024.</summary>
    /// <param name="context">The context.</param>
    /// <param name="defaultMethodology">The plugin's default.</param>
    /// <param name="reader">Where diagnostics go.</param>
    /// <param name="warnMee2024">Whether the line computes by the mee-2024 reading (so CB7111 applies to it).</param>
    /// <returns>The methodology id, or null after an error.</returns>
    public static string? Resolve(ICalculationContext context, string defaultMethodology, LineReader reader, bool warnMee2024)
    {
        var chosen = context.MethodFor(PluginId) ?? defaultMethodology;
        if (!CementMethodologies.IsKnown(chosen))
        {
            reader.Add(CementDiagnostics.UnknownMethodology(chosen));
            return null;
        }

        if (warnMee2024 && chosen == CementMethodologyIds.Mee2024)
        {
            reader.Add(CementDiagnostics.Mee2024Unconfirmed());
        }

        return chosen;
    }
}
