using Carbon.Cli.Hosting;

namespace Carbon.Cli;

/// <summary>The console's help, from the resources of the chosen language (Resources/Strings.*.resx, keys Help.*).</summary>
internal static class HelpText
{
    public static string For(string? command, Language l) => command switch
    {
        "assess" => l.T("Help.assess"),
        "check" => l.T("Help.check"),
        "review" => l.T("Help.review"),
        "validate" => l.T("Help.validate"),
        "batch" => l.T("Help.batch"),
        "factors" => l.T("Help.factors"),
        "plugins" => l.T("Help.plugins"),
        "init" => l.T("Help.init"),
        "schema" => l.T("Help.schema"),
        _ => l.T("Help.overview"),
    };
}
