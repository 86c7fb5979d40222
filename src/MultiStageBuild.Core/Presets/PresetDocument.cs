using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MultiStageBuild.Core.Json;

namespace MultiStageBuild.Core.Presets;

/// <summary>The import/export file: <c>{"format": "multi-stage-build-presets", "version": 1, "presets": [...]}</c>.</summary>
public static class PresetDocument
{
    /// <summary>The document's format name.</summary>
    public const string Format = "multi-stage-build-presets";

    /// <summary>The document version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>The largest document an import takes, in bytes: larger than any other body the app reads.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly string[] Members = [JsonMembers.Format, JsonMembers.Version, JsonMembers.Presets];

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes presets as a document, arguments in definition order.</summary>
    public static string Write(IEnumerable<PresetDraft> presets, PromptDefinition definition)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(JsonMembers.Format, Format);
            json.WriteNumber(JsonMembers.Version, Version);
            json.WriteStartArray(JsonMembers.Presets);
            foreach (var preset in presets)
            {
                json.WriteStartObject();
                json.WriteString(JsonMembers.Name, preset.Name);
                json.WriteString(JsonMembers.Description, preset.Description);
                json.WriteStartArray(JsonMembers.Tags);
                preset.Tags.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartObject(JsonMembers.Args);
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

    /// <summary>Reads a document, checking every entry; any error anywhere means no drafts. Problems are keyed by JSON path (<c>presets[2].args.source</c>).</summary>
    public static ReadResult<IReadOnlyList<PresetDraft>> Read(string text, PromptDefinition definition)
    {
        var parsed = JsonInput.Parse(text);
        if (!parsed.Succeeded)
        {
            return ReadResult<IReadOnlyList<PresetDraft>>.Failed(parsed.Errors);
        }

        var errors = new FieldErrors();
        var drafts = new List<PresetDraft>();
        var root = parsed.Value;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The document must be a JSON object with format, version and presets.");
            return ReadResult<IReadOnlyList<PresetDraft>>.Failed(errors);
        }

        JsonInput.RefuseUnknownMembers(root, "presets document", Members, "", errors);
        if (!root.TryGetProperty(JsonMembers.Format, out var format) || format.ValueKind != JsonValueKind.String || !format.ValueEquals(Format))
        {
            errors.Add(JsonMembers.Format, $"Expected \"format\": \"{Format}\".");
        }

        if (!root.TryGetProperty(JsonMembers.Version, out var version) || !version.TryGetInt32(out var number) || number != Version)
        {
            errors.Add(JsonMembers.Version, $"Expected \"version\": {Version}; this app reads version {Version} only.");
        }

        if (!root.TryGetProperty(JsonMembers.Presets, out var presets) || presets.ValueKind != JsonValueKind.Array)
        {
            errors.Add(JsonMembers.Presets, "Expected \"presets\": an array of presets.");
        }
        else
        {
            var read = presets.EnumerateArray()
                .Select((entry, index) => (Index: index, Draft: PresetDraftReader.Read(entry, $"{JsonMembers.Presets}[{index}]", definition, errors)))
                .Where(e => e.Draft is not null)
                .Select(e => (e.Index, Draft: e.Draft!))
                .ToList();
            PresetRules.CheckUniqueNames(read, errors.Add);
            drafts.AddRange(read.Select(e => e.Draft));
        }

        return errors.IsEmpty ? new(drafts, errors) : ReadResult<IReadOnlyList<PresetDraft>>.Failed(errors);
    }
}
