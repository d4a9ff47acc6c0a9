using System.Globalization;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins.Concrete.Diagnostics;

/// <summary>
/// The concrete plugin's diagnostics (range CB73xx). Codes are stable and never reused; each message says, in
/// Chinese and English, what to do. The list is in docs/methodology/concrete.md.
/// </summary>
internal static class ConcreteDiagnostics
{
    /// <summary>CB7300: a parameter arrived with another type than its descriptor declares.</summary>
    public const string WrongParameterType = "CB7300";

    /// <summary>CB7301: the amount is not a volume.</summary>
    public const string AmountNotVolume = "CB7301";

    /// <summary>CB7302: the amount (output) is zero or negative.</summary>
    public const string AmountNotPositive = "CB7302";

    /// <summary>CB7303: <c>options.methods.concrete</c> names a methodology the plugin does not offer.</summary>
    public const string UnknownMethodology = "CB7303";

    /// <summary>CB7304: <c>mixingLines</c> is not a whole number of at least 1.</summary>
    public const string InvalidMixingLines = "CB7304";

    /// <summary>CB7305: <c>distanceToHomes</c> is not a non-negative length.</summary>
    public const string InvalidDistance = "CB7305";

    /// <summary>CB7306: <c>dustEmission</c> is not a non-negative mass per time.</summary>
    public const string InvalidDustEmission = "CB7306";

    /// <summary>CB7307 (warning): a dust figure without saying whether it is measured or permitted.</summary>
    public const string DustBasisMissing = "CB7307";

    /// <summary>CB7308 (warning): a dust basis without a dust figure.</summary>
    public const string DustFigureMissing = "CB7308";

    /// <summary>CB7309: <c>strengthClass</c> is not one of C15…C80.</summary>
    public const string UnknownStrengthClass = "CB7309";

    /// <summary>CB7310: <c>embodied</c> is not a JSON object.</summary>
    public const string EmbodiedNotObject = "CB7310";

    /// <summary>CB7311: <c>embodied</c> (or one of its <c>others</c> items) has an unknown or repeated member.</summary>
    public const string EmbodiedUnknownMember = "CB7311";

    /// <summary>CB7312: <c>embodied.basis</c> is neither <c>materials</c> nor <c>strength-class</c>.</summary>
    public const string EmbodiedUnknownBasis = "CB7312";

    /// <summary>CB7313: the strength-class basis without a <c>strengthClass</c> on the line.</summary>
    public const string StrengthClassMissing = "CB7313";

    /// <summary>CB7314: no shipped whole-concrete factor for the line's strength class.</summary>
    public const string NoStrengthClassFactor = "CB7314";

    /// <summary>CB7315: the strength-class basis combined with material contents.</summary>
    public const string BasisConflict = "CB7315";

    /// <summary>CB7316: a material content is not a non-negative mass (per m³).</summary>
    public const string InvalidContent = "CB7316";

    /// <summary>CB7317: the materials basis with no material at all.</summary>
    public const string NoMaterials = "CB7317";

    /// <summary>CB7318: <c>others</c> is not an array of objects, or an item has no name.</summary>
    public const string InvalidOtherItem = "CB7318";

    /// <summary>CB7319: a user-supplied factor or per-m³ footprint is missing, unreadable or of the wrong unit.</summary>
    public const string InvalidUserFactor = "CB7319";

    /// <summary>CB7320: a user-supplied factor without a citation.</summary>
    public const string UserFactorSourceMissing = "CB7320";

    /// <summary>CB7321: an <c>others</c> item mixes <c>perM3</c> + <c>factor</c> with <c>footprintPerM3</c>.</summary>
    public const string OtherItemShape = "CB7321";

    /// <summary>CB7322: user-supplied factors are refused by the host's options.</summary>
    public const string UserFactorsRefused = "CB7322";

    /// <summary>CB7323: a shipped factor the calculation needs was not found.</summary>
    public const string FactorNotFound = "CB7323";

    /// <summary>CB7324: an unconfirmed factor was used (warning) or refused (error, by host option).</summary>
    public const string UnconfirmedFactor = "CB7324";

    /// <summary>CB7325 (info): a single-source [S] factor was used.</summary>
    public const string SingleSourceFactor = "CB7325";

    /// <summary>CB7326 (info): a user factor given in CO2 was counted as CO2e.</summary>
    public const string Co2CountedAsCo2e = "CB7326";

    /// <summary>CB7327: a resolved factor has a unit the calculation cannot use (e.g. a project override in the wrong unit).</summary>
    public const string FactorWrongUnit = "CB7327";

    public static Diagnostic WrongType(string path, string parameter, string expected) => Diagnostic.Error(
        WrongParameterType,
        path,
        $"参数“{parameter}”的类型不对：应为 {expected}。请按 docs/methodology/concrete.md 填写。",
        $"Parameter '{parameter}' has the wrong type: it must be {expected}. Write it as docs/methodology/concrete.md shows.");

    public static Diagnostic AmountIsNotVolume(string path, string written) => Diagnostic.Error(
        AmountNotVolume,
        path,
        $"预拌混凝土产量“{written}”不是体积：请以立方米填写，例如 \"60万 m³\"。",
        $"The ready-mix output '{written}' is not a volume: write it in cubic metres, e.g. \"60万 m³\".");

    public static Diagnostic AmountIsNotPositive(string path, string written) => Diagnostic.Error(
        AmountNotPositive,
        path,
        $"预拌混凝土产量“{written}”必须大于零：请填写报告年度的实际或设计产量。",
        $"The ready-mix output '{written}' must be greater than zero: give the actual or design output of the reporting year.");

    public static Diagnostic MethodologyUnknown(string method) => Diagnostic.Error(
        UnknownMethodology,
        "/options/methods/concrete",
        $"混凝土插件没有方法“{method}”：请写 \"gb36888-2018\" 或删去该项。产品碳足迹（GB/T 51366-2019）不是方法选项，请在活动参数 embodied 中请求。",
        $"The concrete plugin has no methodology '{method}': write \"gb36888-2018\" or remove the entry. The product footprint (GB/T 51366-2019) is not a methodology choice; request it with the activity parameter 'embodied'.");

    public static Diagnostic MixingLinesInvalid(string path, string written) => Diagnostic.Error(
        InvalidMixingLines,
        path,
        $"搅拌生产线数量“{written}”必须是不小于 1 的整数，例如 2（两条 HZS180 生产线）。",
        $"The number of mixing lines '{written}' must be a whole number of at least 1, e.g. 2 (two HZS180 lines).");

    public static Diagnostic DistanceInvalid(string path, string written) => Diagnostic.Error(
        InvalidDistance,
        path,
        $"与最近居民点的距离“{written}”必须是不小于零的长度，例如 \"350 m\"。",
        $"The distance to the nearest homes '{written}' must be a length of zero or more, e.g. \"350 m\".");

    public static Diagnostic DustEmissionInvalid(string path, string written) => Diagnostic.Error(
        InvalidDustEmission,
        path,
        $"颗粒物排放量“{written}”必须是不小于零的年排放量，例如 \"1.2 t/a\"。请填写实测值或排污许可量，本插件不提供产排污系数。",
        $"The dust emission '{written}' must be a yearly mass of zero or more, e.g. \"1.2 t/a\". Give a measured or permitted figure; this plugin ships no dust coefficients.");

    public static Diagnostic DustBasisIsMissing(string path) => Diagnostic.Warning(
        DustBasisMissing,
        path,
        "已填写颗粒物排放量，但未说明是实测值还是许可量：请填写 dustEmissionBasis（measured 或 permitted）。",
        "A dust emission figure was given without saying whether it is measured or permitted: add dustEmissionBasis (measured or permitted).");

    public static Diagnostic DustFigureIsMissing(string path) => Diagnostic.Warning(
        DustFigureMissing,
        path,
        "已填写 dustEmissionBasis，但没有颗粒物排放量 dustEmission：请补上数值，或删去 dustEmissionBasis。",
        "dustEmissionBasis was given without a dust figure dustEmission: add the figure, or remove dustEmissionBasis.");

    public static Diagnostic StrengthClassUnknown(string path, string written) => Diagnostic.Error(
        UnknownStrengthClass,
        path,
        $"强度等级“{written}”不在 C15…C80（以 5 为级差）之内：请填写如 \"C30\"。",
        $"The strength class '{written}' is not one of C15…C80 (steps of 5): write e.g. \"C30\".");

    public static Diagnostic EmbodiedIsNotObject(string path) => Diagnostic.Error(
        EmbodiedNotObject,
        path,
        "embodied 必须是 JSON 对象，例如 { \"cementPerM3\": \"300 kg\" }。",
        "embodied must be a JSON object, e.g. { \"cementPerM3\": \"300 kg\" }.");

    public static Diagnostic EmbodiedMemberUnknown(string path, string member, string allowed) => Diagnostic.Error(
        EmbodiedUnknownMember,
        path,
        $"成员“{member}”未知或重复：允许的成员为 {allowed}，每个只写一次。",
        $"Member '{member}' is unknown or repeated: the allowed members are {allowed}, each written once.");

    public static Diagnostic EmbodiedBasisUnknown(string path, string written) => Diagnostic.Error(
        EmbodiedUnknownBasis,
        path,
        $"embodied.basis“{written}”未知：请写 \"materials\"（按材料用量，默认）或 \"strength-class\"（按强度等级整体因子）。",
        $"embodied.basis '{written}' is unknown: write \"materials\" (by material contents, the default) or \"strength-class\" (whole-concrete factor of the strength class).");

    public static Diagnostic StrengthClassIsMissing(string path) => Diagnostic.Error(
        StrengthClassMissing,
        path,
        "按强度等级计算产品碳足迹需要该行的 strengthClass：请填写，例如 \"C30\"。",
        "The strength-class footprint needs the line's strengthClass: add it, e.g. \"C30\".");

    public static Diagnostic StrengthClassHasNoFactor(string path, string strengthClass) => Diagnostic.Error(
        NoStrengthClassFactor,
        path,
        $"没有 {strengthClass} 的整体碳排放因子（GB/T 51366-2019 仅收录 C30、C50）：请改用按材料用量计算（basis \"materials\"，填写 cementPerM3 等）。",
        $"There is no whole-concrete factor for {strengthClass} (GB/T 51366-2019 gives C30 and C50 only): use the materials basis instead (basis \"materials\" with cementPerM3 etc.).");

    public static Diagnostic BasisConflicts(string path) => Diagnostic.Error(
        BasisConflict,
        path,
        "按强度等级计算时不能同时填写材料用量：两者只能选一种，请删去材料用量或改用 basis \"materials\"。",
        "The strength-class basis cannot be combined with material contents: choose one, removing the contents or using basis \"materials\".");

    public static Diagnostic ContentInvalid(string path, string written) => Diagnostic.Error(
        InvalidContent,
        path,
        $"材料用量“{written}”必须是每立方米混凝土的不小于零的质量，例如 \"300 kg\" 或 \"300 kg/m³\"。",
        $"The material content '{written}' must be a mass of zero or more per m³ of concrete, e.g. \"300 kg\" or \"300 kg/m³\".");

    public static Diagnostic MaterialsMissing(string path) => Diagnostic.Error(
        NoMaterials,
        path,
        "按材料用量计算产品碳足迹时至少需要一种材料：请填写 cementPerM3、sandPerM3、gypsumPerM3 或 others。",
        "The materials footprint needs at least one material: give cementPerM3, sandPerM3, gypsumPerM3 or others.");

    public static Diagnostic OtherItemInvalid(string path) => Diagnostic.Error(
        InvalidOtherItem,
        path,
        "others 必须是对象数组，每项都有非空的 name，例如 { \"name\": \"碎石 crushed stone\", \"perM3\": \"1050 kg\", \"factor\": \"… kg CO2e/t\", \"source\": \"…\" }。",
        "others must be an array of objects, each with a non-blank name, e.g. { \"name\": \"crushed stone\", \"perM3\": \"1050 kg\", \"factor\": \"… kg CO2e/t\", \"source\": \"…\" }.");

    public static Diagnostic UserFactorInvalid(string path, string written, string expectedUnit) => Diagnostic.Error(
        InvalidUserFactor,
        path,
        $"自备因子“{written}”缺失、无法读取或单位不对：请写不小于零的 CO2e 数值，单位如 {expectedUnit}。",
        $"The user-supplied factor '{written}' is missing, unreadable or of the wrong unit: write a CO2e value of zero or more in a unit such as {expectedUnit}.");

    public static Diagnostic UserFactorSourceIsMissing(string path) => Diagnostic.Error(
        UserFactorSourceMissing,
        path,
        "自备因子必须注明出处（source：文件名称、条款或表号、年份）：请补上，否则无法审核。",
        "A user-supplied factor must cite its source (source: document, clause or table, year): add it, or the figure cannot be reviewed.");

    public static Diagnostic OtherItemHasWrongShape(string path) => Diagnostic.Error(
        OtherItemShape,
        path,
        "others 的每一项要么写 perM3 和 factor（用量 × 因子），要么只写 footprintPerM3（每立方米的碳足迹），二者不能混用。",
        "Each others item gives either perM3 and factor (content × factor) or footprintPerM3 alone (a footprint per m³), not both.");

    public static Diagnostic UserFactorsAreRefused(string path) => Diagnostic.Error(
        UserFactorsRefused,
        path,
        "本系统配置为只接受随插件发布、带出处的因子（ConcreteOptions.AcceptUserSuppliedFactors = false）：请删去 others，或请系统管理员修改配置。",
        "This host accepts only the plugin's shipped, cited factors (ConcreteOptions.AcceptUserSuppliedFactors = false): remove others, or ask the host's administrator to change the option.");

    public static Diagnostic FactorIsNotFound(string path, string subject, string? variant) => Diagnostic.Error(
        FactorNotFound,
        path,
        $"找不到因子 {subject}{(variant is null ? string.Empty : " " + variant)} / embodied-co2e：数据集可能被覆盖或缺失，请检查项目的因子覆盖设置。",
        $"No factor {subject}{(variant is null ? string.Empty : " " + variant)} / embodied-co2e was found: the data set may be missing or overridden; check the project's factor overrides.");

    public static Diagnostic UnconfirmedFactorUsed(string path, string recordId) => Diagnostic.Warning(
        UnconfirmedFactor,
        path,
        $"使用了未经确认的因子 {recordId}：产品碳足迹仅供参考，审批决策前请核对原文。",
        $"The unconfirmed factor {recordId} was used: the product footprint is indicative only; check the official text before an approval decision relies on it.");

    public static Diagnostic UnconfirmedFactorRefused(string path, string recordId) => Diagnostic.Error(
        UnconfirmedFactor,
        path,
        $"因子 {recordId} 未经确认，本系统配置为拒绝使用未确认因子（ConcreteOptions.UnconfirmedFactors = Refuse）：请提供经核实的因子。",
        $"The factor {recordId} is unconfirmed and this host refuses unconfirmed factors (ConcreteOptions.UnconfirmedFactors = Refuse): supply a verified factor.");

    public static Diagnostic SingleSourceFactorUsed(string path, string recordId, double value, string unit) => Diagnostic.Info(
        SingleSourceFactor,
        path,
        $"因子 {recordId} = {value.ToString("R", CultureInfo.InvariantCulture)} {unit} 仅有单一来源 [S]：审批决策前请与标准原文核对。",
        $"The factor {recordId} = {value.ToString("R", CultureInfo.InvariantCulture)} {unit} has one source only [S]: check it against the official text before an approval decision relies on it.");

    public static Diagnostic Co2Counted(string path) => Diagnostic.Info(
        Co2CountedAsCo2e,
        path,
        "该自备因子以 CO2 表示，按 CO2e 计入产品碳足迹（CO2 的全球增温潜势为 1）；若来源另含其他气体，请改用 CO2e 数值。",
        "This user-supplied factor is in CO2 and was counted as CO2e (the GWP of CO2 is 1); if the source also covers other gases, give its CO2e value instead.");

    public static Diagnostic FactorHasWrongUnit(string path, string recordId, string unit) => Diagnostic.Error(
        FactorWrongUnit,
        path,
        $"因子 {recordId} 的单位“{unit}”不能用于此计算：材料因子须为 CO2e 每吨材料（如 kg CO2e/t），混凝土整体因子须为 CO2e 每立方米（如 kg CO2e/m³）。请检查项目的因子覆盖。",
        $"The factor {recordId} has the unit '{unit}', which this calculation cannot use: material factors are CO2e per tonne of material (e.g. kg CO2e/t), whole-concrete factors CO2e per m³ (e.g. kg CO2e/m³). Check the project's factor overrides.");
}
