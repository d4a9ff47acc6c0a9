namespace Carbon.Sdk.Activities;

/// <summary>
/// Computes one activity kind. Implementations are pure (same input and data → same result), thread-safe and
/// never throw for bad input: they return <see cref="ActivityResult.Failed"/> with a diagnostic instead.
/// </summary>
public interface IActivityCalculator
{
    /// <summary>Computes the emissions, indicators and facts of one activity line.</summary>
    /// <param name="input">The line, already checked against the kind's descriptor.</param>
    /// <param name="context">Factors and options.</param>
    /// <returns>The result.</returns>
    ActivityResult Calculate(ActivityInput input, ICalculationContext context);
}
