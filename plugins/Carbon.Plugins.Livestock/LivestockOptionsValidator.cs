using System.Text.RegularExpressions;

namespace Carbon.Plugins.Livestock;

/// <summary>Checks <see cref="LivestockOptions"/> eagerly, so a host misconfiguration fails at registration.</summary>
internal static partial class LivestockOptionsValidator
{
    /// <summary>Validates the options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message says how.</exception>
    public static void Validate(LivestockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!LivestockMethods.All.Any(m => m.Id == options.DefaultMethodology))
        {
            throw new ArgumentException(
                $"LivestockOptions.DefaultMethodology '{options.DefaultMethodology}' is not a livestock methodology. Use one of: {string.Join(", ", LivestockMethods.All.Select(m => m.Id))}.",
                nameof(options));
        }

        if (options.DefaultMethodology == LivestockMethods.ChinaProvincialInventory2011)
        {
            throw new ArgumentException(
                $"LivestockOptions.DefaultMethodology may not be '{LivestockMethods.ChinaProvincialInventory2011}': its values are UNCONFIRMED and are used only when a project names the method in options.methods.",
                nameof(options));
        }

        if (options.ScaleStandards is null)
        {
            throw new ArgumentException("LivestockOptions.ScaleStandards may not be null.", nameof(options));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in options.ScaleStandards)
        {
            if (id is null || !SetId().IsMatch(id))
            {
                throw new ArgumentException(
                    $"LivestockOptions.ScaleStandards contains '{id}': a scale-threshold set id is lower-case letters, digits and hyphens, e.g. 'moa-2025'.",
                    nameof(options));
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"LivestockOptions.ScaleStandards names '{id}' twice.", nameof(options));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SetId();
}
