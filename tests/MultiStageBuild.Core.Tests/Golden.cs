using System.Text.Json;
using MultiStageBuild.Core.Arguments;

namespace MultiStageBuild.Core.Tests;

/// <summary>The seed document's blocks, copied verbatim into Golden/ (.ci/run checks they still match the seed).</summary>
internal static class Golden
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n");

    public static ArgumentSet ArgumentsOf(JsonElement args) =>
        ArgumentSet.From(args.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString())));

    /// <summary>The args object of an example invocation, or the whole document when it is a bare argument object.</summary>
    public static ArgumentSet ExampleArguments(string name)
    {
        using var document = JsonDocument.Parse(Read(name));
        var root = document.RootElement;
        return ArgumentsOf(root.TryGetProperty("args", out var args) ? args : root);
    }
}
