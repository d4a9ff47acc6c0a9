namespace Carbon.Sdk.Activities;

/// <summary>The type of an activity parameter, checked by the core before any calculator runs.</summary>
public enum ParameterType
{
    /// <summary>A quantity text with a unit of the declared dimension, e.g. <c>"65 %"</c>, <c>"20.5 GJ/t"</c>.</summary>
    Quantity = 0,

    /// <summary>A plain JSON number (a count, a fraction written as 0.65).</summary>
    Number = 1,

    /// <summary>A string.</summary>
    Text = 2,

    /// <summary>true or false.</summary>
    Boolean = 3,

    /// <summary>One of <see cref="ParameterDescriptor.AllowedValues"/>.</summary>
    Choice = 4,

    /// <summary>An object of shares keyed by <see cref="ParameterDescriptor.AllowedValues"/> whose values (numbers or percentages) sum to 1.</summary>
    Shares = 5,

    /// <summary>Structured JSON the plugin reads itself (it reports its own diagnostics).</summary>
    Json = 6,
}
