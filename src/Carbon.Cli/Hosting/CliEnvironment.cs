using Spectre.Console;

namespace Carbon.Cli.Hosting;

/// <summary>
/// What the console reads from and writes to. The only place ambient state (the system's UI culture, whether output
/// is a terminal) enters Carbon; tests pass their own.
/// </summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="UiCulture">The system UI culture name (e.g. zh-CN), used when --lang is not given.</param>
/// <param name="IsTerminal">Whether standard output is an interactive terminal (colours, width) or piped (plain).</param>
/// <param name="WorkingDirectory">The directory relative paths are resolved against.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, string UiCulture, bool IsTerminal, string WorkingDirectory)
{
    /// <summary>Creates a Spectre console on <see cref="Out"/>: plain and 120 columns wide when piped, so output is stable.</summary>
    /// <returns>The console.</returns>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        if (!IsTerminal)
        {
            console.Profile.Width = 120;
        }

        return console;
    }

    /// <summary>Resolves a user-given path against the working directory.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
