namespace Carbon.Zoning.Model;

/// <summary>环境管控单元分类 (ZHGKDYFL): 1 = 优先保护, 2 = 重点管控, 3 = 一般管控.</summary>
internal enum UnitCategory
{
    /// <summary>优先保护单元 priority protection.</summary>
    Priority = 1,

    /// <summary>重点管控单元 key control.</summary>
    Key = 2,

    /// <summary>一般管控单元 general control.</summary>
    General = 3,
}

/// <summary>The four dimensions of an access list (生态环境准入清单).</summary>
internal enum AccessDimension
{
    /// <summary>空间布局约束.</summary>
    SpatialLayout = 0,

    /// <summary>污染物排放管控.</summary>
    PollutantDischarge = 1,

    /// <summary>环境风险防控.</summary>
    EnvironmentalRisk = 2,

    /// <summary>资源开发效率要求.</summary>
    ResourceEfficiency = 3,
}

/// <summary>What a rule does when it applies and its requirement is not met.</summary>
internal enum RuleEffect
{
    /// <summary>禁止: the project may not be admitted.</summary>
    Prohibit = 0,

    /// <summary>限制: admitted only under the rule's requirement.</summary>
    Restrict = 1,

    /// <summary>要求: a requirement the project must meet (a condition of approval).</summary>
    Require = 2,

    /// <summary>引导/建议: advice only; never changes the verdict.</summary>
    Advise = 3,
}

/// <summary>The layer a rule belongs to, from the national level down to one unit's row.</summary>
internal enum RuleLevel
{
    National = 0,
    Province = 1,
    City = 2,
    County = 3,
    Category = 4,
    Unit = 5,
}

/// <summary>How one rule was decided.</summary>
internal enum RuleOutcome
{
    Pass = 0,
    Fail = 1,
    NotApplicable = 2,
    NeedsInformation = 3,
    ManualReview = 4,
}

/// <summary>Names of the enums as they appear in packs and reports.</summary>
internal static class ZoningNames
{
    public static string Name(this AccessDimension d) => d switch
    {
        AccessDimension.SpatialLayout => "spatial-layout",
        AccessDimension.PollutantDischarge => "pollutant-discharge",
        AccessDimension.EnvironmentalRisk => "environmental-risk",
        _ => "resource-efficiency",
    };

    public static string Chinese(this AccessDimension d) => d switch
    {
        AccessDimension.SpatialLayout => "空间布局约束",
        AccessDimension.PollutantDischarge => "污染物排放管控",
        AccessDimension.EnvironmentalRisk => "环境风险防控",
        _ => "资源开发效率要求",
    };

    public static string Name(this RuleEffect e) => e switch
    {
        RuleEffect.Prohibit => "prohibit",
        RuleEffect.Restrict => "restrict",
        RuleEffect.Require => "require",
        _ => "advise",
    };

    public static string Name(this RuleLevel l) => l switch
    {
        RuleLevel.National => "national",
        RuleLevel.Province => "province",
        RuleLevel.City => "city",
        RuleLevel.County => "county",
        RuleLevel.Category => "category",
        _ => "unit",
    };

    public static string Name(this RuleOutcome o) => o switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.NotApplicable => "not-applicable",
        RuleOutcome.NeedsInformation => "needs-information",
        _ => "manual-review",
    };

    public static string Name(this EnforcementMode m) => m == EnforcementMode.Advisory ? "advisory" : "enforce";

    public static (string Zh, string En) Describe(this UnitCategory c) => c switch
    {
        UnitCategory.Priority => ("优先保护单元", "priority protection unit"),
        UnitCategory.Key => ("重点管控单元", "key control unit"),
        _ => ("一般管控单元", "general control unit"),
    };

    public static bool TryParse(string? s, out AccessDimension d)
    {
        (var ok, d) = s switch
        {
            "spatial-layout" or "空间布局约束" => (true, AccessDimension.SpatialLayout),
            "pollutant-discharge" or "污染物排放管控" => (true, AccessDimension.PollutantDischarge),
            "environmental-risk" or "环境风险防控" => (true, AccessDimension.EnvironmentalRisk),
            "resource-efficiency" or "资源开发效率要求" => (true, AccessDimension.ResourceEfficiency),
            _ => (false, AccessDimension.SpatialLayout),
        };
        return ok;
    }

    public static bool TryParse(string? s, out RuleEffect e)
    {
        (var ok, e) = s switch
        {
            "prohibit" => (true, RuleEffect.Prohibit),
            "restrict" => (true, RuleEffect.Restrict),
            "require" => (true, RuleEffect.Require),
            "advise" => (true, RuleEffect.Advise),
            _ => (false, RuleEffect.Advise),
        };
        return ok;
    }

    public static bool TryParse(string? s, out RuleLevel l)
    {
        (var ok, l) = s switch
        {
            "national" => (true, RuleLevel.National),
            "province" => (true, RuleLevel.Province),
            "city" => (true, RuleLevel.City),
            "county" => (true, RuleLevel.County),
            "category" => (true, RuleLevel.Category),
            "unit" => (true, RuleLevel.Unit),
            _ => (false, RuleLevel.National),
        };
        return ok;
    }

    public static bool TryParse(string? s, out EnforcementMode m)
    {
        (var ok, m) = s switch
        {
            "enforce" => (true, EnforcementMode.Enforce),
            "advisory" => (true, EnforcementMode.Advisory),
            _ => (false, EnforcementMode.Enforce),
        };
        return ok;
    }

    /// <summary>Reads a water-quality class: "I"…"V", "劣V" (6), or 1–6.</summary>
    public static int? WaterClass(string? s) => s switch
    {
        "I" or "Ⅰ" or "1" => 1,
        "II" or "Ⅱ" or "2" => 2,
        "III" or "Ⅲ" or "3" => 3,
        "IV" or "Ⅳ" or "4" => 4,
        "V" or "Ⅴ" or "5" => 5,
        "劣V" or "劣Ⅴ" or "worse-than-V" or "6" => 6,
        _ => null,
    };
}
