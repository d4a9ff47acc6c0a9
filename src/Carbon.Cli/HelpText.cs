using Carbon.Cli.Hosting;

namespace Carbon.Cli;

/// <summary>The console's help, in both languages.</summary>
internal static class HelpText
{
    public static string For(string? command, Language l) => command switch
    {
        "assess" => l.T(
            """
            carbon assess <项目文件.json> [选项]
              计算项目的能源消费（当量值、等价值，GB/T 2589）与温室气体排放，每个数字都可追溯到所引用的系数。
              --format table|json|md|html   输出格式（默认 table；md 可粘贴进审查意见，html 为可打印的独立网页，含图表）
              --lang zh|en          语言（默认随系统）
              --explain             列出每一行的计算过程（公式、输入、系数及其来源和可信度）
              --out <文件>          写入文件（已存在时需加 --force）
            退出码：0 通过；1 禁止或未通过检查；2 输入无效；3 内部错误。

            """,
            """
            carbon assess <project.json> [options]
              Computes the project's energy use (equivalent and equal value, GB/T 2589) and greenhouse-gas emissions,
              every number traced to the coefficient it cites.
              --format table|json|md|html   output format (default table; md to paste into a review opinion, html a printable self-contained page with charts)
              --lang zh|en          language (default: the system's)
              --explain             show each line's calculation (formula, inputs, factors with source and status)
              --out <file>          write to a file (add --force to overwrite)
            Exit codes: 0 ok; 1 prohibited or failed checks; 2 invalid input; 3 internal error.

            """),
        "check" => l.T(
            "carbon check <项目文件.json> [--zoning <方案文件夹或.json>] [--advisory] [--format table|json] [--lang zh|en]\n  三线一单检查：定位站点所在管控单元和要素/特殊区域，逐条给出规则结论（通过、不通过、不适用、需补充信息、需人工审核）及所依据的条款，列出倍量削减替代和产能置换。未给出 --zoning 时使用内置的虚构示例区。--advisory 以试行（仅提示）方式运行方案。\n",
            "carbon check <project.json> [--zoning <pack folder or .json>] [--advisory] [--format table|json] [--lang zh|en]\n  Zoning (三线一单): locates the site in its control units and element/special zones, gives each rule's outcome (pass, fail, not applicable, needs information, manual review) with the clause it rests on, and lists offsets and capacity replacement. Without --zoning the embedded fictional sample district is used. --advisory runs the pack in advisory mode.\n"),
        "review" => l.T(
            "carbon review <项目文件.json> [--format table|json] [--lang zh|en] [--out <文件>]\n  只输出节能审查与能效基准部分：审查日适用的办法、审查层级及依据、逐项比较（\"不满\"\"及以上\"按原文）、m/n、节能量、各能效指标与限额及标杆/基准。\n",
            "carbon review <project.json> [--format table|json] [--lang zh|en] [--out <file>]\n  The energy-saving review and baselines alone: the regime in force on the review date, the tier and why, each threshold compared (as the regulation words it), m/n, the energy saving, each efficiency indicator against its limits and 标杆/基准.\n"),
        "validate" => l.T(
            "carbon validate <项目文件.json> [--format table|json] [--lang zh|en]\n  只检查项目文件，列出全部诊断（代码、JSON 路径、说明）。有错误时退出码为 2。\n",
            "carbon validate <project.json> [--format table|json] [--lang zh|en]\n  Checks the project file only and lists every diagnostic (code, JSON path, message). Exits 2 on errors.\n"),
        "batch" => l.T(
            "carbon batch <文件夹|清单.csv> [--zoning 方案] [--advisory] [--out results.csv|results.json] [--parallel N] [--force]\n  评估文件夹中的每个 .json 项目文件，或 CSV 清单（表头含 path 列）中的每个文件，按 --zoning 指定的管控方案（缺省为内置示例区）核对；进度写到标准错误，汇总写到标准输出。退出码取最严重的结果。\n",
            "carbon batch <folder|list.csv> [--zoning pack] [--advisory] [--out results.csv|results.json] [--parallel N] [--force]\n  Assesses every .json project file in a folder, or each file of a CSV list (a header with a 'path' column), against the zoning pack named by --zoning (the embedded sample district if none); progress goes to standard error, the summary to standard output. The exit code is the most serious outcome.\n"),
        "factors" => l.T(
            "carbon factors [list | show <id> | search <文本>] [--dataset <id>] [--format table|json]\n  列出、显示或查找已加载数据集中的记录，附来源和可信度。\n",
            "carbon factors [list | show <id> | search <text>] [--dataset <id>] [--format table|json]\n  Lists, shows or searches the records of the loaded data sets, with source and status.\n"),
        "plugins" => l.T("carbon plugins [--plugins <文件夹>]\n  列出已加载的插件及加载诊断。\n", "carbon plugins [--plugins <folder>]\n  Lists the loaded plugins and load diagnostics.\n"),
        "init" => l.T("carbon init --sector <cement|lime|concrete|livestock> [--out <文件>]\n  生成带注释的起始项目文件（可直接通过 validate）。\n", "carbon init --sector <cement|lime|concrete|livestock> [--out <file>]\n  Writes a commented starter project file (it validates as written).\n"),
        "schema" => l.T(
            "carbon schema [project|report] [--out <文件>]\n  输出项目文件或报告的 JSON Schema。\n",
            "carbon schema [project|report] [--out <file>]\n  Prints the JSON Schema of project files or of reports.\n"),
        _ => l.T(
            """
            carbon —— 固定资产投资项目碳排放与能源核算（节能审查、三线一单）
            用法：carbon <命令> [参数] [选项]

            命令：
              assess <项目文件>     能源消费、温室气体排放及其追溯
              validate <项目文件>   只检查项目文件
              review <项目文件>     节能审查：适用办法、审查层级、逐项比较、能效指标与标杆/基准
              check <项目文件> [--zoning <方案>] [--advisory]  三线一单：所在管控单元、逐条规则结论及条款、倍量替代（缺省用内置示例区）
              batch <文件夹|清单.csv>  批量评估（并行、逐个写出结果，单个文件出错不影响其余）
              factors [list|show <id>|search <文本>]  已加载的系数及其来源和可信度
              plugins               已加载的插件、版本和加载诊断
              init --sector <cement|lime|concrete|livestock>  生成带注释的起始项目文件
              schema [project|report]  输出 JSON Schema
              help <命令>           某个命令的说明

            通用选项：--lang zh|en  --plugins <文件夹>  --help  --version
            退出码：0 通过；1 禁止或未通过检查；2 输入无效；3 内部错误。

            """,
            """
            carbon — carbon and energy accounting of investment projects in China (energy-saving review, zoning)
            Usage: carbon <command> [arguments] [options]

            Commands:
              assess <project>      energy use, greenhouse-gas emissions and their traces
              validate <project>    check a project file only
              review <project>      energy-saving review: regime, tier, thresholds compared, efficiency vs 标杆/基准
              check <project> [--zoning <pack>] [--advisory]  zoning (三线一单): control units, each rule's outcome and clause, offsets (embedded sample district by default)
              batch <folder|list.csv>  assess many projects (parallel, streamed; one bad file never stops the run)
              factors [list|show <id>|search <text>]  the loaded coefficients with source and status
              plugins               loaded plugins, versions and load diagnostics
              init --sector <cement|lime|concrete|livestock>  write a commented starter project file
              schema [project|report]  print a JSON Schema
              help <command>        help on one command

            Common options: --lang zh|en  --plugins <folder>  --help  --version
            Exit codes: 0 ok; 1 prohibited or failed checks; 2 invalid input; 3 internal error.

            """),
    };
}
