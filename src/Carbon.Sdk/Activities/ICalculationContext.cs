using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Activities;

/// <summary>What a calculator may read besides its activity line. It has no clock, no culture and no I/O.</summary>
public interface ICalculationContext
{
    /// <summary>The factor records of all loaded data sets and the project's overrides.</summary>
    IFactorResolver Factors { get; }

    /// <summary>The project's reporting year.</summary>
    int ReportingYear { get; }

    /// <summary>The date factor validity is judged on (the review date, else 1 January of the reporting year).</summary>
    DateOnly AsOf { get; }

    /// <summary>The project's <c>options.methods[pluginId]</c> choice, or null when the project made none.</summary>
    /// <param name="pluginId">The plugin id, e.g. <c>cement</c>.</param>
    /// <returns>The methodology id, or null.</returns>
    string? MethodFor(string pluginId);
}
