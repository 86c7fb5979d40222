using System.Text.Json.Nodes;

namespace MultiStageBuild.Web.Tests;

/// <summary>The seed document's blocks, linked from the core tests' Golden/ folder.</summary>
internal static class Golden
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name)).ReplaceLineEndings("\n");

    /// <summary>The args object of an example invocation, or the whole document when it is a bare argument object.</summary>
    public static JsonObject ArgumentsOf(string name)
    {
        var root = JsonNode.Parse(Read(name))!.AsObject();
        return (root["args"] ?? root).DeepClone().AsObject();
    }
}
