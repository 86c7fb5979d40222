namespace MultiStageBuild.Core.Json;

/// <summary>
/// The member names of the JSON the app reads and writes: preset bodies and import entries, render requests and the
/// seed's invocation, the import document and MCP's <c>prompts/get</c>. Readers, writers, the field keys of errors and
/// the OpenAPI document all take them from here, so a renamed member changes everywhere at once.
/// </summary>
public static class JsonMembers
{
    /// <summary>A preset's name, and the prompt's name in MCP's <c>prompts/get</c> params.</summary>
    public const string Name = "name";

    /// <summary>A preset's description.</summary>
    public const string Description = "description";

    /// <summary>A preset's tags, an array of strings.</summary>
    public const string Tags = "tags";

    /// <summary>A preset's MCP slug.</summary>
    public const string Slug = "slug";

    /// <summary>The arguments of a preset, a render request or an invocation: an object of strings.</summary>
    public const string Args = "args";

    /// <summary>The prompt a render request or an invocation names.</summary>
    public const string Prompt = "prompt";

    /// <summary>The edition a render request asks for.</summary>
    public const string Edition = "edition";

    /// <summary>The preset a render request starts from, by name or id.</summary>
    public const string Preset = "preset";

    /// <summary>The import document's format name.</summary>
    public const string Format = "format";

    /// <summary>The import document's version, and a preset's version in MCP's <c>list_presets</c>.</summary>
    public const string Version = "version";

    /// <summary>The import document's presets.</summary>
    public const string Presets = "presets";

    /// <summary>The params of an MCP request.</summary>
    public const string McpParams = "params";

    /// <summary>The arguments in MCP's <c>prompts/get</c> params.</summary>
    public const string McpArguments = "arguments";

    /// <summary>The text the MCP <c>list_presets</c> tool filters by.</summary>
    public const string Search = "search";

    /// <summary>The tag the MCP <c>list_presets</c> tool filters by.</summary>
    public const string Tag = "tag";

    /// <summary>The configured MCP server a check request names.</summary>
    public const string Server = "server";
}
