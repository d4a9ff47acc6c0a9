namespace Carbon.Projects;

/// <summary>项目性质: what kind of construction the project is. The energy-saving review rules depend on it.</summary>
public enum ProjectNature
{
    /// <summary>新建 new construction.</summary>
    New = 0,

    /// <summary>改建 rebuild (alteration of an existing facility).</summary>
    Rebuild = 1,

    /// <summary>扩建 expansion of an existing facility.</summary>
    Expansion = 2,

    /// <summary>技术改造 technical upgrade.</summary>
    TechnicalUpgrade = 3,

    /// <summary>搬迁 relocation.</summary>
    Relocation = 4,
}

/// <summary>The JSON names of <see cref="ProjectNature"/>.</summary>
public static class ProjectNatureNames
{
    /// <summary>The JSON name, e.g. <c>technical-upgrade</c>.</summary>
    /// <param name="nature">The nature.</param>
    /// <returns>The name.</returns>
    public static string ToName(this ProjectNature nature) => nature switch
    {
        ProjectNature.New => "new",
        ProjectNature.Rebuild => "rebuild",
        ProjectNature.Expansion => "expansion",
        ProjectNature.TechnicalUpgrade => "technical-upgrade",
        ProjectNature.Relocation => "relocation",
        _ => throw new ArgumentOutOfRangeException(nameof(nature)),
    };

    /// <summary>Reads a JSON name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="nature">The nature.</param>
    /// <returns>True when known.</returns>
    public static bool TryParse(string? name, out ProjectNature nature)
    {
        switch (name)
        {
            case "new": nature = ProjectNature.New; return true;
            case "rebuild": nature = ProjectNature.Rebuild; return true;
            case "expansion": nature = ProjectNature.Expansion; return true;
            case "technical-upgrade": nature = ProjectNature.TechnicalUpgrade; return true;
            case "relocation": nature = ProjectNature.Relocation; return true;
            default: nature = default; return false;
        }
    }
}
