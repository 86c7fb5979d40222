using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Presets;

/// <summary>The result of reading a presets document: the drafts, or precise errors per entry and field.</summary>
/// <param name="Drafts">The presets read, in document order (empty when there are errors).</param>
/// <param name="Errors">Problems keyed by JSON path (<c>presets[2].args.source</c>).</param>
public sealed record PresetDocumentReadResult(IReadOnlyList<PresetDraft> Drafts, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Whether the whole document was read without errors.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>The import/export file: <c>{"format": "multi-stage-build-presets", "version": 1, "presets": [...]}</c>.</summary>
public static class PresetDocument
{
    /// <summary>The document's format name.</summary>
    public const string Format = "multi-stage-build-presets";

    /// <summary>The document version this code writes and reads.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes presets as a document, arguments in definition order.</summary>
    public static string Write(IEnumerable<PresetDraft> presets, PromptDefinition definition)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteStartArray("presets");
            foreach (var preset in presets)
            {
                json.WriteStartObject();
                json.WriteString("name", preset.Name);
                json.WriteString("description", preset.Description);
                json.WriteStartArray("tags");
                preset.Tags.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartObject("args");
                foreach (var argument in definition.Arguments)
                {
                    json.WriteString(argument.Name, preset.Arguments[argument.Name]);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n");
    }

    /// <summary>Reads a document, checking every entry; any error anywhere means no drafts.</summary>
    public static PresetDocumentReadResult Read(string text, PromptDefinition definition)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string message) => (errors.TryGetValue(path, out var list) ? list : errors[path] = []).Add(message);
        var drafts = new List<PresetDraft>();

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add("$", "The document must be a JSON object with format, version and presets.");
            }
            else
            {
                if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
                {
                    Add("format", $"Expected \"format\": \"{Format}\".");
                }

                if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != Version)
                {
                    Add("version", $"Expected \"version\": {Version}; this app reads version {Version} only.");
                }

                if (!root.TryGetProperty("presets", out var presets) || presets.ValueKind != JsonValueKind.Array)
                {
                    Add("presets", "Expected \"presets\": an array of presets.");
                }
                else
                {
                    var read = presets.EnumerateArray()
                        .Select((entry, index) => (Index: index, Draft: ReadEntry(entry, index, definition, Add)))
                        .Where(e => e.Draft is not null)
                        .Select(e => (e.Index, Draft: e.Draft!))
                        .ToList();
                    PresetRules.CheckUniqueNames(read, Add);
                    drafts.AddRange(read.Select(e => e.Draft));
                }
            }
        }
        catch (JsonException e)
        {
            Add("$", $"Not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.");
        }

        return errors.Count == 0
            ? new(drafts, new Dictionary<string, string[]>())
            : new([], errors.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    private static PresetDraft? ReadEntry(JsonElement entry, int index, PromptDefinition definition, Action<string, string> add)
    {
        var path = $"presets[{index}]";
        if (entry.ValueKind != JsonValueKind.Object)
        {
            add(path, "Each preset must be an object with name, description, tags and args.");
            return null;
        }

        string? Text(string field, bool required)
        {
            if (!entry.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    add($"{path}.{field}", $"Missing \"{field}\".");
                }

                return required ? null : "";
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                add($"{path}.{field}", $"\"{field}\" must be a string.");
                return null;
            }

            return value.GetString();
        }

        var name = Text("name", required: true);
        var description = Text("description", required: false);
        var tags = new List<string>();
        if (entry.TryGetProperty("tags", out var tagArray) && tagArray.ValueKind != JsonValueKind.Null)
        {
            if (tagArray.ValueKind != JsonValueKind.Array || tagArray.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
            {
                add($"{path}.tags", "\"tags\" must be an array of strings.");
            }
            else
            {
                tags.AddRange(tagArray.EnumerateArray().Select(t => t.GetString()!));
            }
        }

        var arguments = ArgumentSet.Empty;
        if (!entry.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Object)
        {
            add($"{path}.args", "Missing \"args\": an object of argument values.");
        }
        else
        {
            foreach (var property in args.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    add($"{path}.args.{property.Name}", $"\"{property.Name}\" must be a string.");
                }
                else
                {
                    arguments = arguments.With(property.Name, property.Value.GetString());
                }
            }
        }

        if (name is null || description is null)
        {
            return null;
        }

        var draft = new PresetDraft(name, description, tags, arguments).Normalized();
        PresetRules.CheckEntry(index, draft, definition, add);
        return draft;
    }
}
