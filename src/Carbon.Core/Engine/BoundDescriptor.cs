using System.Text;
using Carbon.Projects;
using Carbon.Sdk.Activities;

namespace Carbon.Engine;

/// <summary>
/// An activity kind's parameters indexed once, when the engine is built, for binding every line of that kind:
/// the parameters by UTF-8 name (so a line's member names are matched without decoding them), the JSON Pointer
/// segment of each, and the list of names an unknown-parameter message gives. Immutable.
/// </summary>
internal sealed class BoundDescriptor
{
    private BoundDescriptor(ActivityKindDescriptor descriptor, ParameterDescriptor[] parameters, byte[][] utf8Names, string[] segments, string knownNames, int[] required)
    {
        Descriptor = descriptor;
        Parameters = parameters;
        Utf8Names = utf8Names;
        Segments = segments;
        KnownNames = knownNames;
        Required = required;
    }

    public ActivityKindDescriptor Descriptor { get; }

    /// <summary>The parameters in descriptor order; the first of a repeated name is the one bound.</summary>
    public ParameterDescriptor[] Parameters { get; }

    /// <summary>Each parameter's name in UTF-8.</summary>
    public byte[][] Utf8Names { get; }

    /// <summary>Each parameter's JSON Pointer segment, <c>/name</c> escaped, appended to a line's <c>…/parameters</c>.</summary>
    public string[] Segments { get; }

    /// <summary>The parameter names, comma-separated, for the unknown-parameter message.</summary>
    public string KnownNames { get; }

    /// <summary>The indexes of the required parameters, in descriptor order.</summary>
    public int[] Required { get; }

    public static BoundDescriptor Of(ActivityKindDescriptor descriptor)
    {
        var parameters = descriptor.Parameters.ToArray();
        var names = new byte[parameters.Length][];
        var segments = new string[parameters.Length];
        var required = new List<int>();
        for (var i = 0; i < parameters.Length; i++)
        {
            names[i] = Encoding.UTF8.GetBytes(parameters[i].Name);
            segments[i] = JsonPointer.Member(string.Empty, parameters[i].Name);
            if (parameters[i].Required)
            {
                required.Add(i);
            }
        }

        return new BoundDescriptor(descriptor, parameters, names, segments, string.Join(", ", parameters.Select(p => p.Name)), [.. required]);
    }

    /// <summary>The index of the parameter a member names (the first of a repeated name), or −1.</summary>
    public int IndexOf(System.Text.Json.JsonProperty member)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (member.NameEquals(Utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
