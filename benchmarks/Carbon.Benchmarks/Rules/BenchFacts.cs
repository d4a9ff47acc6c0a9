using System.Globalization;

namespace Carbon.Benchmarks.Rules;

/// <summary>
/// The facts both rule engines read: ten quantities in t/a, ten booleans, ten texts. RulesEngine reads them as typed
/// properties (its fastest input); Carbon reads them as declared pack facts.
/// </summary>
public sealed class BenchFacts
{
    public double Q0 { get; init; }
    public double Q1 { get; init; }
    public double Q2 { get; init; }
    public double Q3 { get; init; }
    public double Q4 { get; init; }
    public double Q5 { get; init; }
    public double Q6 { get; init; }
    public double Q7 { get; init; }
    public double Q8 { get; init; }
    public double Q9 { get; init; }
    public bool B0 { get; init; }
    public bool B1 { get; init; }
    public bool B2 { get; init; }
    public bool B3 { get; init; }
    public bool B4 { get; init; }
    public bool B5 { get; init; }
    public bool B6 { get; init; }
    public bool B7 { get; init; }
    public bool B8 { get; init; }
    public bool B9 { get; init; }
    public string T0 { get; init; } = "";
    public string T1 { get; init; } = "";
    public string T2 { get; init; } = "";
    public string T3 { get; init; } = "";
    public string T4 { get; init; } = "";
    public string T5 { get; init; } = "";
    public string T6 { get; init; } = "";
    public string T7 { get; init; } = "";
    public string T8 { get; init; } = "";
    public string T9 { get; init; } = "";

    public static BenchFacts Sample()
    {
        var random = new Random(11);
        string[] words = ["coal", "gas", "oil", "new", "expansion", "rebuild", "II", "III"];
        double Q() => Math.Round(random.NextDouble() * 1000, 1);
        bool B() => random.Next(2) == 1;
        string T() => words[random.Next(words.Length)];
        return new BenchFacts
        {
            Q0 = Q(), Q1 = Q(), Q2 = Q(), Q3 = Q(), Q4 = Q(), Q5 = Q(), Q6 = Q(), Q7 = Q(), Q8 = Q(), Q9 = Q(),
            B0 = B(), B1 = B(), B2 = B(), B3 = B(), B4 = B(), B5 = B(), B6 = B(), B7 = B(), B8 = B(), B9 = B(),
            T0 = T(), T1 = T(), T2 = T(), T3 = T(), T4 = T(), T5 = T(), T6 = T(), T7 = T(), T8 = T(), T9 = T(),
        };
    }

    public double Quantity(int i) => i switch { 0 => Q0, 1 => Q1, 2 => Q2, 3 => Q3, 4 => Q4, 5 => Q5, 6 => Q6, 7 => Q7, 8 => Q8, _ => Q9 };

    public bool Boolean(int i) => i switch { 0 => B0, 1 => B1, 2 => B2, 3 => B3, 4 => B4, 5 => B5, 6 => B6, 7 => B7, 8 => B8, _ => B9 };

    public string Text(int i) => i switch { 0 => T0, 1 => T1, 2 => T2, 3 => T3, 4 => T4, 5 => T5, 6 => T6, 7 => T7, 8 => T8, _ => T9 };

    internal static string N(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
