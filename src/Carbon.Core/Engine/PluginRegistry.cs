using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Carbon.Reports;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Engine;

/// <summary>
/// The loaded plugins, their activity kinds and data sets. A plugin that throws while describing itself, or that
/// claims a kind or factor id another plugin already has, becomes a diagnostic naming it; the others keep working.
/// Immutable after construction.
/// </summary>
internal sealed class PluginRegistry
{
    private readonly FrozenDictionary<string, KindEntry> _kinds;
    private readonly FrozenDictionary<string, ISectorPlugin> _pluginsById;

    public PluginRegistry(IEnumerable<ISectorPlugin> plugins, IReadOnlySet<string> reservedFactorIds)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var kinds = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
        var loaded = ImmutableArray.CreateBuilder<ISectorPlugin>();
        var dataSets = ImmutableArray.CreateBuilder<DataSet>();
        var factorIds = new HashSet<string>(reservedFactorIds, StringComparer.Ordinal);
        var pluginIds = new HashSet<string>(StringComparer.Ordinal);

        // Registration order decides which of two conflicting plugins wins: the host's own registrations (bundled
        // plugins, AddSectorPlugin) come before plugins loaded from a folder, so a folder plugin cannot displace them.
        foreach (var plugin in plugins.DistinctBy(p => p.GetType()))
        {
            string id = SafeId(plugin);
            try
            {
                var metadata = plugin.Metadata;
                if (!pluginIds.Add(metadata.Id))
                {
                    diagnostics.Add(Load("CB7002", id, "插件 id 与已加载的插件重复，已跳过", "its id duplicates a loaded plugin's id; it was skipped"));
                    continue;
                }

                var descriptors = plugin.ActivityKinds.ToArray();
                var sets = plugin.DataSets.ToArray();
                var clash = descriptors.FirstOrDefault(d => kinds.ContainsKey(d.Kind));
                if (clash is not null)
                {
                    diagnostics.Add(Load("CB7003", id, $"活动类型“{clash.Kind}”已由其他插件提供，已跳过该插件", $"activity kind '{clash.Kind}' is already provided by another plugin; the plugin was skipped"));
                    continue;
                }

                var duplicateFactor = sets.SelectMany(s => s.Records).Select(r => r.Id).FirstOrDefault(f => factorIds.Contains(f));
                if (duplicateFactor is not null)
                {
                    diagnostics.Add(Load("CB7004", id, $"因子 id“{duplicateFactor}”与已加载的数据重复，已跳过该插件", $"factor id '{duplicateFactor}' duplicates loaded data; the plugin was skipped"));
                    continue;
                }

                var methodologies = MethodologyReports(metadata);
                foreach (var descriptor in descriptors)
                {
                    var calculator = plugin.GetCalculator(descriptor.Kind);
                    if (calculator is null)
                    {
                        diagnostics.Add(Load("CB7005", id, $"活动类型“{descriptor.Kind}”没有计算器", $"activity kind '{descriptor.Kind}' has no calculator"));
                        continue;
                    }

                    kinds[descriptor.Kind] = new KindEntry(plugin, metadata, descriptor, calculator, BoundDescriptor.Of(descriptor), methodologies);
                }

                foreach (var set in sets)
                {
                    foreach (var record in set.Records)
                    {
                        factorIds.Add(record.Id);
                    }

                    dataSets.Add(set);
                }

                loaded.Add(plugin);
            }
#pragma warning disable CA1031 // A faulty plugin must not take the host down: it becomes a diagnostic naming it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                diagnostics.Add(Load("CB7006", id, $"描述自身时抛出异常（{ex.GetType().Name}: {ex.Message}），已跳过", $"threw while describing itself ({ex.GetType().Name}: {ex.Message}); it was skipped"));
            }
        }

        _kinds = kinds.ToFrozenDictionary(StringComparer.Ordinal);
        Plugins = loaded.ToImmutable();
        _pluginsById = Plugins.ToFrozenDictionary(p => p.Metadata.Id, StringComparer.Ordinal);
        DataSets = dataSets.ToImmutable();
        Diagnostics = diagnostics.ToImmutable();
        KnownKinds = string.Join(", ", _kinds.Keys.Order(StringComparer.Ordinal));
    }

    public ImmutableArray<ISectorPlugin> Plugins { get; }

    public ImmutableArray<DataSet> DataSets { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public string KnownKinds { get; }

    public bool TryGetKind(string kind, out KindEntry entry) => _kinds.TryGetValue(kind, out entry!);

    /// <summary>The loaded plugin with an id (ids are unique among loaded plugins).</summary>
    public bool TryGetPlugin(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ISectorPlugin plugin) => _pluginsById.TryGetValue(id, out plugin);

    public IEnumerable<KindEntry> Kinds => _kinds.Values.OrderBy(k => k.Descriptor.Kind, StringComparer.Ordinal);

    private static string SafeId(ISectorPlugin plugin)
    {
        try
        {
            return plugin.Metadata.Id;
        }
#pragma warning disable CA1031 // The id is only used to name the plugin in a diagnostic.
        catch (Exception)
#pragma warning restore CA1031
        {
            return plugin.GetType().FullName ?? plugin.GetType().Name;
        }
    }

    private static Diagnostic Load(string code, string plugin, string zh, string en) =>
        Diagnostic.Warning(code, string.Empty, $"插件“{plugin}”：{zh}。", $"Plugin '{plugin}': {en}.");

    /// <summary>The report line of each methodology of a plugin, by id, built once (the first of a duplicate id wins, as a search in order would find it).</summary>
    private static FrozenDictionary<string, MethodologyReport> MethodologyReports(PluginMetadata metadata)
    {
        var reports = new Dictionary<string, MethodologyReport>(StringComparer.Ordinal);
        foreach (var info in metadata.Methodologies)
        {
            reports.TryAdd(info.Id, new MethodologyReport(
                metadata.Id,
                info.Id,
                new MessageReport(info.Name.Zh, info.Name.En),
                info.Guideline,
                info.Edition,
                info.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                info.Status.ToName()));
        }

        return reports.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A loaded activity kind with what the engine precomputes for it once.</summary>
    /// <param name="Plugin">The plugin.</param>
    /// <param name="Metadata">Its metadata.</param>
    /// <param name="Descriptor">The kind's descriptor.</param>
    /// <param name="Calculator">The kind's calculator.</param>
    /// <param name="Binding">The descriptor's parameters indexed for binding.</param>
    /// <param name="Methodologies">The report line of each of the plugin's methodologies, by id.</param>
    internal sealed record KindEntry(
        ISectorPlugin Plugin,
        PluginMetadata Metadata,
        ActivityKindDescriptor Descriptor,
        IActivityCalculator Calculator,
        BoundDescriptor Binding,
        FrozenDictionary<string, MethodologyReport> Methodologies);
}
