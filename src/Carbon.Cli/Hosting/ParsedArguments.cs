namespace Carbon.Cli.Hosting;

/// <summary>
/// A small, strict command-line parser: <c>carbon &lt;command&gt; [positional…] [--option value] [--flag]</c>.
/// Unknown options are errors (a typo must not be silently ignored).
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private ParsedArguments(string? command, List<string> positionals)
    {
        Command = command;
        Positionals = positionals;
    }

    public string? Command { get; }

    public IReadOnlyList<string> Positionals { get; }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>Parses; options that take a value are listed in <paramref name="valued"/>, flags in <paramref name="flags"/>.</summary>
    public static ParsedArguments? Parse(IReadOnlyList<string> args, IReadOnlySet<string> valued, IReadOnlySet<string> flags, out string? error)
    {
        error = null;
        string? command = null;
        var positionals = new List<string>();
        var parsed = new ParsedArguments(null, positionals);
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) || a is "-h" or "-o")
            {
                var name = a switch { "-h" => "--help", "-o" => "--out", _ => a };
                string? value = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }

                if (valued.Contains(name))
                {
                    if (value is null)
                    {
                        if (i + 1 >= args.Count)
                        {
                            error = name;
                            return null;
                        }

                        value = args[++i];
                    }
                }
                else if (!flags.Contains(name))
                {
                    error = name;
                    return null;
                }

                options[name] = value;
            }
            else if (command is null)
            {
                command = a;
            }
            else
            {
                positionals.Add(a);
            }
        }

        var result = new ParsedArguments(command, positionals);
        foreach (var (k, v) in options)
        {
            result._options[k] = v;
        }

        return result;
    }
}
