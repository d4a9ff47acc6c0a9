using Carbon.Projects;
using Carbon.Sdk.Factors;

namespace Carbon;

/// <summary>Options of <c>services.AddCarbon(o => …)</c>. Validated when the engine is built.</summary>
public sealed class CarbonOptions
{
    /// <summary>Limits on project files.</summary>
    public ProjectReaderLimits Limits { get; set; } = ProjectReaderLimits.Default;

    /// <summary>Extra data sets (e.g. a provincial table or user overrides); they rank above core and plugin data when records tie.</summary>
    public IList<DataSet> AdditionalDataSets { get; } = [];

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOperationException">An option is invalid; the message says which and how to fix it.</exception>
    internal void Validate()
    {
        if (Limits is null)
        {
            throw new InvalidOperationException("CarbonOptions.Limits must not be null; use ProjectReaderLimits.Default or a copy of it.");
        }

        if (Limits.MaxBytes <= 0 || Limits.MaxDepth <= 0 || Limits.MaxArrayLength <= 0 || Limits.MaxVertices <= 0 || Limits.MaxMembers <= 0 || Limits.MaxStringLength <= 0
            || Limits.MaxDiagnosticsPerCode <= 0)
        {
            throw new InvalidOperationException("CarbonOptions.Limits: every limit must be positive.");
        }

        if (Limits.MaxDepth > 256)
        {
            throw new InvalidOperationException("CarbonOptions.Limits.MaxDepth must be at most 256 so that deep input cannot exhaust the stack.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in AdditionalDataSets)
        {
            if (set is null || !ids.Add(set.Id))
            {
                throw new InvalidOperationException($"CarbonOptions.AdditionalDataSets: each data set must be non-null and have a unique id ('{set?.Id}').");
            }
        }
    }
}
