using Carbon.Engine;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;

namespace Carbon.Review;

/// <summary>Finds facts (project-declared first, then plugin-derived) for review rules and benchmark corrections.</summary>
internal static class FactLookup
{
    /// <summary>The first fact with the key, or null.</summary>
    public static Fact? Find(AssessmentState state, string key)
    {
        foreach (var (fact, _) in state.Facts)
        {
            if (string.Equals(fact.Key, key, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }

    /// <summary>A boolean fact: null when absent; a warning (CB5008) and null when it is not a boolean.</summary>
    public static bool? Boolean(AssessmentState state, string key, List<Diagnostic> diagnostics, HashSet<string> warned)
    {
        var fact = Find(state, key);
        if (fact is null)
        {
            return null;
        }

        if (fact.Value.Kind == FactKind.Boolean)
        {
            return fact.Value.Boolean;
        }

        if (warned.Add(key))
        {
            diagnostics.Add(ReviewDiagnostics.ReviewFactNotBoolean(fact.Path ?? "/facts", key));
        }

        return null;
    }
}
