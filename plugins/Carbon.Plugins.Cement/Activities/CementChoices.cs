using System.Collections.Immutable;

namespace Carbon.Plugins.Cement.Activities;

/// <summary>The allowed values of the choice parameters.</summary>
internal static class CementChoices
{
    /// <summary>
    /// Kiln types: 新型干法 (new dry process, NSP), 机立窑 (shaft), 湿法窑 (wet), 干法中空窑 (dry hollow), 立波尔窑 (Lepol),
    /// other. The zoning lists name the last four (glossary; zoning.md §5).
    /// </summary>
    public static readonly ImmutableArray<string> KilnTypes = ["new-dry-process", "shaft", "wet", "dry-hollow", "lepol", "other"];

    /// <summary>The carbonates of IPCC Table 2.1 the data set carries (ghg-methods.md §1.1).</summary>
    public static readonly ImmutableArray<string> Carbonates = ["calcite", "magnesite", "dolomite", "siderite", "ankerite", "rhodochrosite", "sodium-carbonate"];

    /// <summary>产业结构调整指导目录 classes of a retired line: 鼓励类, 允许类 (not listed), 限制类, 淘汰类.</summary>
    public static readonly ImmutableArray<string> CatalogueClasses = ["encouraged", "allowed", "restricted", "eliminated"];

    /// <summary>The carbonate assumed for CKD when <c>ckdCarbonate</c> is not given: calcite (CaCO3), as ghg-methods.md §1.1 names for EF_c.</summary>
    public const string DefaultCkdCarbonate = "calcite";
}
