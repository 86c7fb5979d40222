namespace MultiStageBuild.Benchmarks;

/// <summary>Where the harness writes its tables, traces and plans.</summary>
public static class BenchmarkArtifacts
{
    /// <summary>BenchmarkDotNet.Artifacts at the repository root (git-ignored).</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Path, "BenchmarkDotNet.Artifacts");
}
