namespace Carbon.Sdk.Factors;

/// <summary>
/// How far a shipped number can be trusted, as tagged in the domain notes (shared/domain/README.md).
/// Reports show it beside every number that depends on the record.
/// </summary>
public enum DataStatus
{
    /// <summary>[C] Two or more independent sources agree, or one careful transcription of the official text.</summary>
    Confirmed = 0,

    /// <summary>[S] One secondary source only: check it against the official text before an approval decision relies on it.</summary>
    SingleSource = 1,

    /// <summary>[D] Derived by arithmetic from tagged inputs; no stronger than its weakest input.</summary>
    Derived = 2,

    /// <summary>UNCONFIRMED: not found or not verified. Shown as such wherever it is used.</summary>
    Unconfirmed = 3,

    /// <summary>Given in the project file (a measured or declared value); the project owner answers for it.</summary>
    ProjectSupplied = 4,
}

/// <summary>The JSON names of <see cref="DataStatus"/>: <c>confirmed</c>, <c>single-source</c>, <c>derived</c>, <c>unconfirmed</c>, <c>project-supplied</c>.</summary>
public static class DataStatusNames
{
    /// <summary>The JSON name of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this DataStatus status) => status switch
    {
        DataStatus.Confirmed => "confirmed",
        DataStatus.SingleSource => "single-source",
        DataStatus.Derived => "derived",
        DataStatus.Unconfirmed => "unconfirmed",
        DataStatus.ProjectSupplied => "project-supplied",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown data status."),
    };

    /// <summary>Reads a JSON status name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="status">The status.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out DataStatus status)
    {
        switch (name)
        {
            case "confirmed": status = DataStatus.Confirmed; return true;
            case "single-source": status = DataStatus.SingleSource; return true;
            case "derived": status = DataStatus.Derived; return true;
            case "unconfirmed": status = DataStatus.Unconfirmed; return true;
            case "project-supplied": status = DataStatus.ProjectSupplied; return true;
            default: status = DataStatus.Unconfirmed; return false;
        }
    }
}
