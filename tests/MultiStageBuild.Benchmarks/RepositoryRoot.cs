namespace MultiStageBuild.Benchmarks;

/// <summary>Where the repository and the harness's output folder are, wherever `dotnet run` was started from.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>BenchmarkDotNet.Artifacts at the repository root (git-ignored).</summary>
    public static string Artifacts => System.IO.Path.Combine(Path, "BenchmarkDotNet.Artifacts");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "MultiStageBuild.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No MultiStageBuild.sln above {AppContext.BaseDirectory}.");
    }
}
