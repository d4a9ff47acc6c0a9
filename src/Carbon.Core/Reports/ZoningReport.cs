using System.Collections.Immutable;

namespace Carbon.Reports;

/// <summary>
/// The zoning section (三线一单 / 生态环境分区管控) of a report: where the site lies, every applicable rule with its
/// outcome, evidence and clause, the offsets and capacity replacement required, and the overall verdict.
/// </summary>
/// <param name="Pack">The pack checked against (id, version; sample packs say so).</param>
/// <param name="Verdict"><c>prohibited</c>, <c>conditional</c>, <c>allowed</c> or <c>needs-information</c>, from the enforced rules.</param>
/// <param name="VerdictIncludingAdvisory">The verdict if advisory rules (advisory mode, UNCONFIRMED rules) were enforced too.</param>
/// <param name="Site">The site as located.</param>
/// <param name="Units">The control units the site lies in.</param>
/// <param name="Zones">The element and special zones the site lies in.</param>
/// <param name="Results">One result per rule (per unit for category- and unit-level rules), in level order.</param>
/// <param name="Offsets">Required emission offsets per pollutant (the strictest applicable rule).</param>
/// <param name="CapacityReplacements">Capacity-replacement checks.</param>
/// <param name="Conditions">The conditions of approval from enforced rules (offsets, obligations, requirements, manual reviews).</param>
/// <param name="Advisories">Findings of advisory rules, which do not change the verdict.</param>
/// <param name="MissingFacts">Every fact whose absence left an enforced rule undecided.</param>
public sealed record ZoningReport(
    ZoningPackReport Pack,
    string Verdict,
    string VerdictIncludingAdvisory,
    ZoningSiteReport Site,
    ImmutableArray<ZoningUnitReport> Units,
    ImmutableArray<ZoningZoneReport> Zones,
    ImmutableArray<ZoningRuleResultReport> Results,
    ImmutableArray<ZoningOffsetReport> Offsets,
    ImmutableArray<CapacityReplacementReport> CapacityReplacements,
    ImmutableArray<ZoningConditionReport> Conditions,
    ImmutableArray<ZoningConditionReport> Advisories,
    ImmutableArray<string> MissingFacts);

/// <summary>The pack a zoning section was checked against.</summary>
/// <param name="Id">The pack id.</param>
/// <param name="Version">The pack version.</param>
/// <param name="Title">The title.</param>
/// <param name="Sample">Whether it is sample (fictional) data.</param>
/// <param name="Notice">The pack's notice (for samples: that the data is fictional), or null.</param>
/// <param name="Enforcement"><c>enforce</c> or <c>advisory</c>.</param>
public sealed record ZoningPackReport(string Id, string Version, MessageReport Title, bool Sample, MessageReport? Notice, string Enforcement);

/// <summary>The site as located.</summary>
/// <param name="Type"><c>Point</c>, <c>Polygon</c>, <c>MultiPolygon</c>, or <c>none</c> when the project gives no location.</param>
/// <param name="Longitude">A point's longitude, or a polygon's centroid.</param>
/// <param name="Latitude">A point's latitude, or a polygon's centroid.</param>
/// <param name="AreaSquareMetres">A polygon site's area (local plane), or null for a point.</param>
/// <param name="Located">Whether the site lies in at least one control unit.</param>
/// <param name="AdminCodes">The administrative codes (county) of the units, used for region status.</param>
public sealed record ZoningSiteReport(string Type, double? Longitude, double? Latitude, double? AreaSquareMetres, bool Located, ImmutableArray<string> AdminCodes);

/// <summary>A control unit the site lies in.</summary>
/// <param name="Code">The unit code (opaque, usually ZH…).</param>
/// <param name="Name">The name.</param>
/// <param name="Category">1 优先保护, 2 重点管控, 3 一般管控.</param>
/// <param name="CategoryName">The category's name.</param>
/// <param name="SubType">The sub-type (e.g. 产业集聚类), or null.</param>
/// <param name="AdminCode">The county code, or null.</param>
/// <param name="Text">The unit's four dimension texts as published.</param>
public sealed record ZoningUnitReport(string Code, MessageReport Name, int Category, MessageReport CategoryName, string? SubType, string? AdminCode, ZoningUnitTextReport Text);

/// <summary>The four dimension texts of a unit, verbatim.</summary>
/// <param name="SpatialLayout">空间布局约束.</param>
/// <param name="PollutantDischarge">污染物排放管控.</param>
/// <param name="EnvironmentalRisk">环境风险防控.</param>
/// <param name="ResourceEfficiency">资源开发效率要求.</param>
public sealed record ZoningUnitTextReport(string? SpatialLayout, string? PollutantDischarge, string? EnvironmentalRisk, string? ResourceEfficiency);

/// <summary>An element or special zone the site lies in.</summary>
/// <param name="Id">The zone id.</param>
/// <param name="Kind">The kind, e.g. <c>no-farming</c>, <c>drinking-water-2</c>, <c>water</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="LegalCategory">For 禁养区: the statutory category it was drawn under; else null.</param>
/// <param name="SubClass">The element sub-class (要素细类), or null.</param>
/// <param name="Section">For water zones: the control section, or null.</param>
public sealed record ZoningZoneReport(string Id, string Kind, MessageReport Name, string? LegalCategory, string? SubClass, ControlSectionReport? Section);

/// <summary>A water-quality control section.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="TargetClass">The target class (1 = I … 5 = V, 6 = 劣V).</param>
/// <param name="CurrentClass">The current class, or null.</param>
/// <param name="MeetsTarget">Whether it meets its target, or null when unknown.</param>
/// <param name="Year">The year of the current class, or null.</param>
public sealed record ControlSectionReport(string Id, MessageReport Name, int TargetClass, int? CurrentClass, bool? MeetsTarget, int? Year);

/// <summary>The result of one rule.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Level"><c>national</c>, <c>province</c>, <c>city</c>, <c>county</c>, <c>category</c> or <c>unit</c>.</param>
/// <param name="UnitCode">For category- and unit-level rules: the unit it was checked for; else null.</param>
/// <param name="Dimension"><c>spatial-layout</c>, <c>pollutant-discharge</c>, <c>environmental-risk</c> or <c>resource-efficiency</c>.</param>
/// <param name="DimensionLabel">The local label of the dimension (e.g. 空间布局约束).</param>
/// <param name="Effect"><c>prohibit</c>, <c>restrict</c>, <c>require</c> or <c>advise</c>.</param>
/// <param name="Enforcement"><c>enforce</c> or <c>advisory</c>.</param>
/// <param name="Status">The rule's data status (<c>confirmed</c>, <c>single-source</c>, <c>derived</c>, <c>unconfirmed</c>).</param>
/// <param name="Outcome"><c>pass</c>, <c>fail</c>, <c>not-applicable</c>, <c>needs-information</c> or <c>manual-review</c>.</param>
/// <param name="Citation">The clause.</param>
/// <param name="Evidence">The facts read and their values.</param>
/// <param name="MissingFacts">The facts whose absence left it undecided.</param>
/// <param name="Message">What the outcome means for the project.</param>
/// <param name="Via">The rules that referred to this one (执行…要求), if any.</param>
public sealed record ZoningRuleResultReport(
    string RuleId,
    MessageReport Title,
    string Level,
    string? UnitCode,
    string Dimension,
    string DimensionLabel,
    string Effect,
    string Enforcement,
    string Status,
    string Outcome,
    CitationReport Citation,
    ImmutableArray<EvidenceReport> Evidence,
    ImmutableArray<string> MissingFacts,
    MessageReport? Message,
    ImmutableArray<string> Via);

/// <summary>The clause a rule rests on.</summary>
/// <param name="Document">The document.</param>
/// <param name="Number">Its number (e.g. 国发〔2023〕24号), or null.</param>
/// <param name="Clause">The clause, or null.</param>
/// <param name="ClauseRef">The clause id of the domain notes it is modelled on (C1–C38), or null.</param>
/// <param name="Url">Where it was read (often a mirror), or null.</param>
/// <param name="Edition">The edition or version, or null.</param>
public sealed record CitationReport(string Document, string? Number, string? Clause, string? ClauseRef, string? Url, string? Edition);

/// <summary>One fact a rule read.</summary>
/// <param name="Name">The fact, e.g. <c>site.within('no-farming')</c>.</param>
/// <param name="Value">Its value as text (quantities in canonical units), or <c>unknown</c>.</param>
/// <param name="Source">
/// Where it came from, in both languages: the project (with the JSON Pointer), a plugin id, the engine, the pack's site
/// data or region status, a rule parameter.
/// </param>
public sealed record EvidenceReport(string Name, string Value, MessageReport Source);

/// <summary>A required emission offset (倍量削减替代).</summary>
/// <param name="RuleId">The rule that requires it (the strictest).</param>
/// <param name="Pollutant">The pollutant.</param>
/// <param name="ProjectTonnes">The project's new emission, t/a.</param>
/// <param name="Ratio">The replacement ratio (2 for 2:1).</param>
/// <param name="RatioText">The ratio as a reviewer writes it, e.g. <c>2:1</c> or <c>&gt;1:1</c> (减量替代).</param>
/// <param name="DeMinimis">The de-minimis amount as written (e.g. <c>3 t/a</c>), or null.</param>
/// <param name="DeMinimisApplied">Whether the amount is within it (no offset needed).</param>
/// <param name="RequiredTonnes">The offset needed, t/a (project amount × ratio; 0 under de minimis; for a strict ratio, more than this).</param>
/// <param name="Status">The data status of the ratio.</param>
/// <param name="Citation">The clause of the ratio.</param>
/// <param name="AlsoRequiredBy">Other rules that require an offset of this pollutant at a lower or equal amount.</param>
public sealed record ZoningOffsetReport(
    string RuleId,
    string Pollutant,
    double ProjectTonnes,
    double Ratio,
    string RatioText,
    string? DeMinimis,
    bool DeMinimisApplied,
    double RequiredTonnes,
    string Status,
    CitationReport Citation,
    ImmutableArray<string> AlsoRequiredBy);

/// <summary>A capacity-replacement check (产能置换).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Product">The product, e.g. <c>cement.clinker</c>.</param>
/// <param name="CapacityTonnesPerDay">The new capacity, t/d.</param>
/// <param name="RegionClass"><c>key-region</c> or <c>non-key</c>, or <c>unknown</c>.</param>
/// <param name="SourceClass"><c>normal</c>, <c>restricted</c> or <c>cross-province</c>, or <c>unknown</c>.</param>
/// <param name="RequiredRatio">The minimum ratio that applies, or null when undecided.</param>
/// <param name="RequiredTonnesPerDay">The capacity to retire, t/d, or null.</param>
/// <param name="ProvidedTonnesPerDay">The capacity the project retires, t/d, or null.</param>
/// <param name="ProvidedRatio">The project's ratio, or null.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Status">The data status of the ratio.</param>
/// <param name="Citation">The clause of the ratio.</param>
public sealed record CapacityReplacementReport(
    string RuleId,
    string Product,
    double CapacityTonnesPerDay,
    string RegionClass,
    string SourceClass,
    double? RequiredRatio,
    double? RequiredTonnesPerDay,
    double? ProvidedTonnesPerDay,
    double? ProvidedRatio,
    string Outcome,
    string Status,
    CitationReport Citation);

/// <summary>A condition of approval or an advisory finding.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Kind"><c>offset</c>, <c>capacity-replacement</c>, <c>obligation</c>, <c>requirement</c>, <c>manual-review</c>, <c>prohibited</c> or <c>needs-information</c>.</param>
/// <param name="Text">The condition in both languages.</param>
public sealed record ZoningConditionReport(string RuleId, string Kind, MessageReport Text);
