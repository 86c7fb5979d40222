namespace MultiStageBuild.Testing;

/// <summary>The folder holding MultiStageBuild.sln, found above the running build's output wherever it was started from.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

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
