namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>SHA-256 of the shipped data sets at their current versions (sha256sum of plugins/…/Data/*.json).</summary>
internal static class PinnedHashes
{
    public const string Gb36888 = "da1793861b4f163089a97b0bb5a22b52c606d395d5b563c3753614f8f5c7b6f2";

    public const string Gbt51366 = "a74264b27f2f9268e46e1579bcccf7a8be10ee733f3eabff1bdfd66569bc7588";
}
