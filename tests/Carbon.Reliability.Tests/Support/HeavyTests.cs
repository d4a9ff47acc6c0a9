namespace Carbon.Reliability.Tests.Support;

/// <summary>
/// Tests that saturate both cores (10 000 parallel assessments, 4 MiB inputs, race stress) run alone, after the others,
/// so that they do not distort the one-second bound of the corpus cases running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTests
{
    public const string Name = "Heavy tests, run alone";
}
