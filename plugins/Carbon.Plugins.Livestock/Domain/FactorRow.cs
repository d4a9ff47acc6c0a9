namespace Carbon.Plugins.Livestock.Domain;

/// <summary>A table row in one series: the subject row key and the series (variant prefix) it is published in.</summary>
/// <param name="Series">The series, e.g. <see cref="Domain.Series.Gbt"/>.</param>
/// <param name="Row">The row key, e.g. <c>pig</c> (subject <c>livestock.pig</c>).</param>
internal readonly record struct FactorRow(string Series, string Row)
{
    /// <summary>The factor-record subject.</summary>
    public string Subject => Domain.Series.Subject(Row);
}
