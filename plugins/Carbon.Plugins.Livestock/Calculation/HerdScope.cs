using System.Collections.Immutable;
using System.Globalization;
using Carbon.Plugins.Livestock.Data;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// The state of one herd-line calculation: the line, the context, the method, the diagnostics so far and which
/// parameters were used (so that a parameter the method does not use is reported, never silently ignored).
/// Created per call and never shared, so the calculator stays thread-safe.
/// </summary>
internal sealed class HerdScope
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Creates a scope.</summary>
    /// <param name="input">The line.</param>
    /// <param name="context">The context.</param>
    /// <param name="data">The plugin's data.</param>
    /// <param name="method">The methodology id.</param>
    /// <param name="category">The category.</param>
    public HerdScope(ActivityInput input, ICalculationContext context, LivestockData data, string method, LivestockCategory category)
    {
        Input = input;
        Context = context;
        Data = data;
        Method = method;
        Category = category;
    }

    /// <summary>The line.</summary>
    public ActivityInput Input { get; }

    /// <summary>The context.</summary>
    public ICalculationContext Context { get; }

    /// <summary>The plugin's data.</summary>
    public LivestockData Data { get; }

    /// <summary>The methodology id.</summary>
    public string Method { get; }

    /// <summary>The category.</summary>
    public LivestockCategory Category { get; }

    /// <summary>
    /// Whether the line allows unconfirmed values (<c>allowUnconfirmed</c>). The unconfirmed 2011 inventory tables are
    /// also let through when the project names that method, because naming it is the explicit choice.
    /// </summary>
    public bool UnconfirmedAllowed { get; set; }

    /// <summary>The diagnostics so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Whether an error has been reported.</summary>
    public bool HasErrors => _diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The JSON Pointer of the line's amount.</summary>
    public string AmountPath => Input.Path + "/amount";

    /// <summary>The JSON Pointer of a parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The pointer.</returns>
    public string PathOf(string name) => Input.Path + "/parameters/" + name;

    /// <summary>Adds a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Adds an error.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The pointer.</param>
    /// <param name="zh">Chinese.</param>
    /// <param name="en">English.</param>
    public void Error(string code, string path, string zh, string en) => _diagnostics.Add(Diagnostic.Error(code, path, zh, en));

    /// <summary>Adds a warning.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The pointer.</param>
    /// <param name="zh">Chinese.</param>
    /// <param name="en">English.</param>
    public void Warning(string code, string path, string zh, string en) => _diagnostics.Add(Diagnostic.Warning(code, path, zh, en));

    /// <summary>Adds an informational notice.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The pointer.</param>
    /// <param name="zh">Chinese.</param>
    /// <param name="en">English.</param>
    public void Info(string code, string path, string zh, string en) => _diagnostics.Add(Diagnostic.Info(code, path, zh, en));

    /// <summary>Whether the line gives a parameter (does not mark it used).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when given.</returns>
    public bool Has(string name) => Input.Parameters.ContainsKey(name);

    /// <summary>Gets a parameter and marks it used.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>True when given.</returns>
    public bool TryGet(string name, out ParameterValue value)
    {
        if (Input.TryGet(name, out value))
        {
            _used.Add(name);
            return true;
        }

        return false;
    }

    /// <summary>The parameters given but never used, in ordinal order.</summary>
    /// <returns>The names.</returns>
    public IEnumerable<string> UnusedParameters() =>
        Input.Parameters.Keys.Where(k => !_used.Contains(k)).OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>
    /// Reads a quantity parameter in a display unit, as a trace term. Reports <see cref="LivestockDiagnosticCodes.InvalidParameter"/>
    /// when it is not a finite quantity of the dimension.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="symbol">The symbol for the trace.</param>
    /// <param name="dimension">The dimension it must have.</param>
    /// <param name="unit">The display unit.</param>
    /// <param name="term">The term.</param>
    /// <returns>True when given and valid.</returns>
    public bool TryQuantity(string name, string symbol, Dimension dimension, string unit, out Term term)
    {
        term = null!;
        if (!TryGet(name, out var value))
        {
            return false;
        }

        if (value.Type is not (ParameterType.Quantity or ParameterType.Number) || value.Quantity.Dimension != dimension || !double.IsFinite(value.Quantity.Value))
        {
            Error(LivestockDiagnosticCodes.InvalidParameter, PathOf(name),
                $"参数 {name} 必须是以 {unit} 表示的数量（量纲 {dimension}），实际为“{value.Raw}”。",
                $"Parameter {name} must be a quantity in {unit} (dimension {dimension}); got '{value.Raw}'.");
            return false;
        }

        term = new Term(symbol, value.Quantity.In(unit), unit, InputOrigin.Project, PathOf(name));
        return true;
    }

    /// <summary>Reads a choice (or text) parameter and marks it used.</summary>
    /// <param name="name">The name.</param>
    /// <param name="allowed">The allowed values, or empty for any text.</param>
    /// <param name="text">The value.</param>
    /// <returns>True when given and allowed.</returns>
    public bool TryChoice(string name, ImmutableArray<string> allowed, out string text)
    {
        text = string.Empty;
        if (!TryGet(name, out var value))
        {
            return false;
        }

        var given = value.Text;
        if (string.IsNullOrWhiteSpace(given) || (!allowed.IsDefaultOrEmpty && !allowed.Contains(given, StringComparer.Ordinal)))
        {
            Error(LivestockDiagnosticCodes.InvalidParameter, PathOf(name),
                $"参数 {name} 的值“{value.Raw}”无效。" + (allowed.IsDefaultOrEmpty ? string.Empty : $"可选值：{string.Join("、", allowed)}。"),
                $"Parameter {name} has the invalid value '{value.Raw}'." + (allowed.IsDefaultOrEmpty ? string.Empty : $" Allowed: {string.Join(", ", allowed)}."));
            return false;
        }

        text = given;
        return true;
    }

    /// <summary>A query for a record valid on the context's date.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="variant">The variant.</param>
    /// <param name="region">The region, or null.</param>
    /// <param name="gas">The gas, or null.</param>
    /// <returns>The query.</returns>
    public FactorQuery Query(string subject, string parameter, string variant, string? region = null, Gas? gas = null) =>
        new(subject, parameter, gas, region, null, variant, Context.AsOf);

    /// <summary>
    /// Resolves the first of several candidate records, preferring one that is not unconfirmed. An unconfirmed record
    /// passes only through <see cref="Accept"/>. Reports <see cref="LivestockDiagnosticCodes.FactorMissing"/> when none resolves.
    /// </summary>
    /// <param name="candidates">The queries, in order of preference.</param>
    /// <param name="path">The pointer to blame.</param>
    /// <param name="what">What is sought, in both languages (zh, en).</param>
    /// <param name="hint">The parameter the user can give instead, or null.</param>
    /// <param name="record">The record.</param>
    /// <returns>True when a usable record was found.</returns>
    public bool TryResolve(IEnumerable<FactorQuery> candidates, string path, (string Zh, string En) what, string? hint, out FactorRecord record)
    {
        FactorRecord? unconfirmed = null;
        var tried = new List<FactorQuery>();
        foreach (var query in candidates)
        {
            tried.Add(query);
            if (Context.Factors.TryResolve(query, out var found))
            {
                if (found.Status != DataStatus.Unconfirmed)
                {
                    record = found;
                    return true;
                }

                unconfirmed ??= found;
            }
        }

        if (unconfirmed is not null)
        {
            record = unconfirmed;
            return Accept(unconfirmed, path, hint);
        }

        record = null!;
        var keys = tried.Count == 0
            ? "—"
            : string.Join("; ", tried.Select(q => $"{q.Subject} / {q.Parameter} / {q.Variant}" + (q.Region is null ? string.Empty : " / " + q.Region)));
        Error(LivestockDiagnosticCodes.FactorMissing, path,
            $"方法 {Method} 缺少{what.Zh}：数据中没有记录（{keys}）。" + (hint is null ? "请选择其他方法。" : $"请在项目中给出 {hint}，或选择其他方法。"),
            $"Method {Method} has no {what.En}: no record in the data ({keys})." + (hint is null ? " Choose another method." : $" Give {hint} in the project, or choose another method."));
        return false;
    }

    /// <summary>Resolves one record (see <see cref="TryResolve(IEnumerable{FactorQuery}, string, ValueTuple{string, string}, string?, out FactorRecord)"/>).</summary>
    /// <param name="query">The query.</param>
    /// <param name="path">The pointer to blame.</param>
    /// <param name="what">What is sought.</param>
    /// <param name="hint">The parameter the user can give instead.</param>
    /// <param name="record">The record.</param>
    /// <returns>True when a usable record was found.</returns>
    public bool TryResolve(FactorQuery query, string path, (string Zh, string En) what, string? hint, out FactorRecord record) =>
        TryResolve([query], path, what, hint, out record);

    /// <summary>
    /// Lets an unconfirmed record through only when unconfirmed values are allowed (or it belongs to the chosen
    /// unconfirmed inventory method), with a warning; otherwise reports
    /// <see cref="LivestockDiagnosticCodes.UnconfirmedFactorNotAllowed"/>. Other records pass silently.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="path">The pointer.</param>
    /// <param name="hint">The parameter the user can give instead, or null.</param>
    /// <returns>True when the record may be used.</returns>
    public bool Accept(FactorRecord record, string path, string? hint)
    {
        if (record.Status != DataStatus.Unconfirmed)
        {
            return true;
        }

        var value = record.Value.ToString("R", CultureInfo.InvariantCulture) + (record.Unit == "1" ? string.Empty : " " + record.Unit);
        var chosenMethodTable = Method == LivestockMethods.ChinaProvincialInventory2011
            && record.Variant is not null && record.Variant.StartsWith(Series.Inventory, StringComparison.Ordinal);
        if (UnconfirmedAllowed || chosenMethodTable)
        {
            Warning(LivestockDiagnosticCodes.UnconfirmedFactorUsed, path,
                $"使用了未核实的数值 {record.Id} = {value}（{record.Source}）。审批决策依赖该数值前请核对原文。",
                $"Used the UNCONFIRMED value {record.Id} = {value} ({record.Source}). Check it against the primary text before an approval decision relies on it.");
            return true;
        }

        Error(LivestockDiagnosticCodes.UnconfirmedFactorNotAllowed, path,
            $"所需数值 {record.Id} = {value} 未经核实，不作为缺省值使用。" + (hint is null ? string.Empty : $"请在项目中给出 {hint}，") + "或在该行设置 allowUnconfirmed: true（每次使用都会警告）。",
            $"The value needed, {record.Id} = {value}, is UNCONFIRMED and is not used as a default." + (hint is null ? string.Empty : $" Give {hint} in the project,") + " or set allowUnconfirmed: true on the line (each use gives a warning).");
        return false;
    }

    /// <summary>
    /// The value of a record in a display unit: the published value when the record is in that unit, else converted
    /// through canonical units. Reports <see cref="LivestockDiagnosticCodes.FactorUnitMismatch"/> on a dimension mismatch.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="symbol">The symbol for the trace.</param>
    /// <param name="unit">The display unit.</param>
    /// <param name="path">The pointer to blame.</param>
    /// <param name="term">The term.</param>
    /// <returns>True when converted.</returns>
    public bool TryTerm(FactorRecord record, string symbol, string unit, string path, out Term term)
    {
        term = null!;
        if (string.Equals(record.Unit, unit, StringComparison.Ordinal))
        {
            term = new Term(symbol, record.Value, unit, InputOrigin.Default, null, record);
            return true;
        }

        if (QuantityParser.TryParseUnit(record.Unit, out var from, out _) && QuantityParser.TryParseUnit(unit, out var to, out _) && from.Dimension == to.Dimension)
        {
            term = new Term(symbol, record.Value * from.Scale / to.Scale, unit, InputOrigin.Default, null, record);
            return true;
        }

        Error(LivestockDiagnosticCodes.FactorUnitMismatch, path,
            $"记录 {record.Id} 的单位“{record.Unit}”不能换算为 {unit}。请检查项目对该记录的覆盖。",
            $"Record {record.Id} has the unit '{record.Unit}', which cannot be expressed in {unit}. Check the project's override of that record.");
        return false;
    }

    /// <summary>Resolves a record and returns it as a term in a display unit.</summary>
    /// <param name="candidates">The queries, in order of preference.</param>
    /// <param name="symbol">The symbol.</param>
    /// <param name="unit">The display unit.</param>
    /// <param name="path">The pointer to blame.</param>
    /// <param name="what">What is sought.</param>
    /// <param name="hint">The parameter the user can give instead.</param>
    /// <param name="term">The term.</param>
    /// <returns>True when found, accepted and converted.</returns>
    public bool TryDefault(IEnumerable<FactorQuery> candidates, string symbol, string unit, string path, (string Zh, string En) what, string? hint, out Term term)
    {
        term = null!;
        return TryResolve(candidates, path, what, hint, out var record) && TryTerm(record, symbol, unit, path, out term);
    }
}
