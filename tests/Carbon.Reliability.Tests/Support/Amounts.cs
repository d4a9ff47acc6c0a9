using FsCheck;
using FsCheck.Fluent;

namespace Carbon.Reliability.Tests.Support;

/// <summary>Generators of amounts as reviewers write them: up to three decimals, from 0.001 to 2 000 000.</summary>
internal static class Amounts
{
    public static Gen<double> Positive { get; } =
        from whole in Gen.Choose(0, 2_000_000)
        from thousandths in Gen.Choose(1, 999)
        select whole + (thousandths / 1000.0);

    /// <summary>Between 2 and 6 positive weights for splitting a line.</summary>
    public static Gen<int[]> Weights { get; } = Gen.Choose(2, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 1000), n));

    public static bool Close(double a, double b, double relative = 1e-9) => Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b));
}
