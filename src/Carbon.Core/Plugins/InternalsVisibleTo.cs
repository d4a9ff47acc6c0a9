using System.Runtime.CompilerServices;

// The loader's rules (version ranges, SDK compatibility, shared assemblies) are tested directly.
[assembly: InternalsVisibleTo("Carbon.Packaging.Tests")]
