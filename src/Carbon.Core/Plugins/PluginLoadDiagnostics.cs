using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins;

/// <summary>
/// Diagnostics of loading plugins from a folder (CB7010–CB7049, listed in docs/plugins.md#diagnostics). Each names the
/// plugin folder (relative to the plugins folder, so reports do not depend on where it lies) and says what to do. They
/// are warnings: the plugin is skipped and every other plugin keeps working; a project line that needs a skipped
/// plugin's activity kind is an error of its own (CB1301).
/// </summary>
internal static class PluginLoadDiagnostics
{
    public static Diagnostic FolderNotFound(string directory) => Diagnostic.Warning(
        "CB7010", string.Empty,
        $"插件文件夹“{directory}”不存在，未加载任何插件。请检查路径。",
        $"The plugins folder '{directory}' does not exist; no plugin was loaded from it. Check the path.");

    public static Diagnostic LooseAssembly(string file) => Diagnostic.Warning(
        "CB7011", string.Empty,
        $"插件文件夹中的“{file}”未加载：每个插件应放在自己的子文件夹中（例如 plugins/<名称>/<名称>.dll）。",
        $"'{file}' in the plugins folder was not loaded: put each plugin in a subfolder of its own (e.g. plugins/<name>/<name>.dll).");

    public static Diagnostic NoEntryAssembly(string folder) => Skipped(
        "CB7012", folder,
        $"找不到插件程序集：应为“{folder}/{folder}.dll”，或文件夹中唯一一个 .deps.json 对应的程序集",
        $"no plugin assembly was found: expected '{folder}/{folder}.dll', or the assembly of the folder's only .deps.json");

    public static Diagnostic CannotLoad(string folder, string file, Exception ex) => Skipped(
        "CB7013", folder,
        $"无法加载程序集“{file}”（{ex.GetType().Name}: {ex.Message}）",
        $"the assembly '{file}' could not be loaded ({ex.GetType().Name}: {ex.Message})");

    public static Diagnostic NoAttribute(string folder, string file) => Skipped(
        "CB7014", folder,
        $"程序集“{file}”没有 [assembly: CarbonPlugin(typeof(…))] 标记，宿主不会扫描类型来寻找插件",
        $"the assembly '{file}' has no [assembly: CarbonPlugin(typeof(...))] attribute; the host does not scan types to find plugins");

    public static Diagnostic IncompatibleReference(string folder, string file, string referenced, string host) => Skipped(
        "CB7015", folder,
        $"程序集“{file}”基于 Carbon.Sdk {referenced} 编译，与运行中的 Carbon.Sdk {host} 不兼容（主版本须相同，主版本为 0 时次版本也须相同，且不得高于宿主版本）。请使用针对 Carbon.Sdk {host} 构建的插件版本",
        $"the assembly '{file}' was compiled against Carbon.Sdk {referenced}, which the running Carbon.Sdk {host} cannot host (the same major version — and while it is 0, the same minor — not newer than the host). Use a build of the plugin for Carbon.Sdk {host}");

    public static Diagnostic BadPluginType(string folder, string type, string zhWhy, string enWhy) => Skipped(
        "CB7016", folder,
        $"CarbonPlugin 标记指向的类型“{type}”不可用：{zhWhy}",
        $"the type '{type}' named by the CarbonPlugin attribute cannot be used: {enWhy}");

    public static Diagnostic ConstructorThrew(string folder, string type, Exception ex) => Skipped(
        "CB7017", folder,
        $"创建插件“{type}”时抛出异常（{ex.GetType().Name}: {ex.Message}）",
        $"creating the plugin '{type}' threw ({ex.GetType().Name}: {ex.Message})");

    public static Diagnostic DescribeThrew(string folder, string type, Exception ex) => Skipped(
        "CB7018", folder,
        $"读取插件“{type}”的元数据或活动类型时抛出异常（{ex.GetType().Name}: {ex.Message}）",
        $"reading the metadata or activity kinds of the plugin '{type}' threw ({ex.GetType().Name}: {ex.Message})");

    public static Diagnostic IncompleteMetadata(string folder, string type, string member) => Skipped(
        "CB7018", folder,
        $"插件“{type}”的元数据缺少 {member}",
        $"the metadata of the plugin '{type}' lacks {member}");

    public static Diagnostic BadSdkRange(string folder, string plugin, string range, string why) => Skipped(
        "CB7019", folder,
        $"插件“{plugin}”声明的 SdkRange“{range}”不是有效的版本范围（{why}）；应写成如 [0.2,0.3)",
        $"the SdkRange '{range}' of the plugin '{plugin}' is not a version range ({why}); write it like [0.2,0.3)");

    public static Diagnostic SdkOutOfRange(string folder, string plugin, string range, string host) => Skipped(
        "CB7020", folder,
        $"插件“{plugin}”只支持 Carbon.Sdk {range}，运行中的版本是 {host}。请使用支持 Carbon.Sdk {host} 的插件版本",
        $"the plugin '{plugin}' supports Carbon.Sdk {range} only, and the running version is {host}. Use a version of the plugin that supports Carbon.Sdk {host}");

    public static Diagnostic KindNotPrefixed(string folder, string plugin, string kind) => Skipped(
        "CB7021", folder,
        $"插件“{plugin}”的活动类型“{kind}”没有以“{plugin}.”开头；从文件夹加载的插件只能提供自己前缀下的活动类型",
        $"the activity kind '{kind}' of the plugin '{plugin}' does not start with '{plugin}.'; a plugin loaded from a folder may only provide kinds under its own prefix");

    private static Diagnostic Skipped(string code, string folder, string zh, string en) =>
        Diagnostic.Warning(code, string.Empty, $"插件文件夹“{folder}”：{zh}。该插件已跳过，其他插件照常工作。", $"Plugin folder '{folder}': {en}. The plugin was skipped; the other plugins keep working.");
}
