using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// The prompts, completions and resources the MCP endpoint serves, read fresh from the preset store on every call.
/// The MCP handlers and the Connect page both read this one service, so the page shows exactly what agents get.
/// Problems a caller can fix are <see cref="McpProtocolException"/>s with <see cref="McpErrorCode.InvalidParams"/>.
/// </summary>
public sealed class McpCatalogue : IDisposable
{
    public const string ResourceScheme = "preset://";
    public const string PresetPromptPrefix = MultiStageBuildPrompt.Name + ".";
    public const string BaseTitle = "Multi-stage build";
    public const int PageSize = 100;
    public const int MaxCompletions = 100;

    private static readonly PromptDefinition Definition = KnownPrompts.PresetPrompt;

    private readonly IPresetRepository _presets;
    private readonly PromptRenderService _renderer;
    private readonly PromptEdition _edition;
    private readonly ILogger<McpCatalogue> _logger;
    private readonly IDisposable _subscription;
    private CatalogueSnapshot? _snapshot;
    private int _generation;

    public McpCatalogue(IPresetRepository presets, IPresetChangeNotifier changes, PromptRenderService renderer, IOptions<McpOptions> options, ILogger<McpCatalogue> logger)
    {
        _presets = presets;
        _renderer = renderer;
        _edition = options.Value.ServedEdition;
        _logger = logger;
        // Every list, get and completion reads the snapshot; only a committed preset change makes a new one.
        _subscription = changes.Subscribe(_ =>
        {
            Interlocked.Increment(ref _generation);
            Volatile.Write(ref _snapshot, null);
            return Task.CompletedTask;
        });
    }

    public void Dispose() => _subscription.Dispose();

    /// <summary>The base prompt as listed: the definition's arguments, each description ending with its default.</summary>
    public static CataloguePrompt BasePrompt { get; } = new(
        Definition.Name,
        BaseTitle,
        Definition.Description,
        [.. Definition.Arguments.Select(a => new CatalogueArgument(
            a.Name, a.DefaultValue is null ? a.Description : $"{a.Description}. Default: \"{a.DefaultValue}\"", a.Required))]);

    /// <summary>The base prompt and one prompt per live preset. A store that cannot be opened leaves the base prompt alone.</summary>
    public async Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _snapshot) is { } cached)
        {
            return cached;
        }

        // Kept only if no preset changed while it was read, so a snapshot is never older than the last change.
        var generation = Volatile.Read(ref _generation);
        var saved = await LivePresetsAsync(cancellationToken);
        var snapshot = new CatalogueSnapshot([BasePrompt, .. (saved ?? []).Select(PresetPrompt)]);

        // A store that failed is asked again on the next call, so its presets come back as soon as it does.
        if (saved is not null && generation == Volatile.Read(ref _generation))
        {
            Volatile.Write(ref _snapshot, snapshot);
        }

        return snapshot;
    }

    /// <summary>Reads a pasted invocation of <paramref name="definition"/>, one of a saved preset's own prompt included.</summary>
    public async Task<InvocationReading> ReadInvocationAsync(string pasted, PromptDefinition definition, CancellationToken cancellationToken = default) =>
        InvocationReader.Read(pasted, definition, await PresetValuesAsync(pasted, cancellationToken));

    /// <summary>
    /// For <see cref="InvocationReader"/>: the values of the saved preset each preset prompt serves. The presets are read
    /// only when <paramref name="pasted"/> names a preset prompt at all.
    /// </summary>
    private async Task<Func<string, ArgumentSet?>?> PresetValuesAsync(string pasted, CancellationToken cancellationToken = default)
    {
        if (!pasted.Contains(PresetPromptPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var snapshot = await LoadAsync(cancellationToken);
        return name => snapshot.Find(name)?.Preset?.Draft.Arguments;
    }

    /// <summary>The prompt called <paramref name="name"/>, or an InvalidParams error naming what exists.</summary>
    public async Task<CataloguePrompt> FindAsync(string? name, CancellationToken cancellationToken = default) =>
        Find(await LoadAsync(cancellationToken), name);

    private static CataloguePrompt Find(CatalogueSnapshot snapshot, string? name) =>
        snapshot.Find(name ?? "") ?? throw Invalid(
            $"Unknown prompt '{InputMessages.Quote(name ?? "")}'. This server serves '{Definition.Name}' and one '{PresetPromptPrefix}<preset>' prompt per saved preset " +
            $"({snapshot.Prompts.Count - 1} now); prompts/list names them.");

    /// <summary>The edition <c>prompts/get</c> returns.</summary>
    public PromptEdition Edition => _edition;

    /// <summary>
    /// The Markdown <see cref="PromptRenderService"/> renders in the configured edition for <paramref name="prompt"/> called with
    /// <paramref name="given"/>: a preset's values overlaid by every non-blank given value. Errors block, naming the argument.
    /// </summary>
    public string Render(CataloguePrompt prompt, IReadOnlyDictionary<string, string> given) => RenderChecked(prompt, given).Markdown;

    /// <summary>As <see cref="Render"/>, with the warnings the checker found.</summary>
    public (string Markdown, IReadOnlyList<ArgumentIssue> Warnings) RenderChecked(CataloguePrompt prompt, IReadOnlyDictionary<string, string> given)
    {
        // The base prompt's baseline is empty: the given values as they are.
        var result = _renderer.Render(Definition, prompt.Baseline.OverlaidBy(given, Definition), _edition);
        if (result.Markdown is { } markdown)
        {
            return (markdown, [.. result.Issues.Where(i => i.Severity == IssueSeverity.Warning)]);
        }

        var errors = new FieldErrors();
        foreach (var issue in result.Issues.Where(i => i.Severity == IssueSeverity.Error))
        {
            errors.Add(issue.Argument, issue.Message);
        }

        throw Invalid($"Invalid arguments for prompt '{prompt.Name}': {string.Join(" ", errors.Messages())}");
    }

    /// <summary>
    /// Reads MCP's string-valued arguments through <see cref="JsonInput"/>, as the HTTP API does; a value that is not a
    /// string, or a name the prompt does not take, is an InvalidParams error naming the argument.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadArguments(IDictionary<string, JsonElement>? arguments)
    {
        var errors = new FieldErrors();
        var values = JsonInput.Arguments(arguments ?? new Dictionary<string, JsonElement>(), "", Definition, errors);
        return errors.IsEmpty ? values.Values : throw Invalid($"Invalid arguments: {string.Join(" ", errors.Messages())}");
    }

    /// <summary>
    /// Distinct values of <paramref name="argument"/> across the built-in and saved presets: those starting with
    /// <paramref name="typed"/> (ignoring case) before those containing it, each group most used first.
    /// </summary>
    public async Task<CompletionValues> CompleteAsync(string? promptName, string? argument, string? typed, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(cancellationToken);
        var prompt = Find(snapshot, promptName);
        if (prompt.Arguments.All(a => a.Name != argument))
        {
            throw Invalid($"Prompt '{prompt.Name}' has no argument '{InputMessages.Quote(argument ?? "")}'; it takes {string.Join(", ", prompt.Arguments.Select(a => a.Name))}.");
        }

        typed ??= "";
        var matches = BuiltInPresets.All.Select(p => p.Arguments).Concat(snapshot.PresetPrompts.Select(p => p.Baseline))
            .Select(set => set[argument!])
            .Where(value => !string.IsNullOrWhiteSpace(value) && value.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .GroupBy(value => value, StringComparer.Ordinal)
            .OrderBy(g => g.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        return new([.. matches.Take(MaxCompletions)], matches.Count);
    }

    /// <summary>The resource for <paramref name="uri"/>: the preset as a one-entry presets document.</summary>
    public async Task<(CataloguePrompt Prompt, string Json)> ReadResourceAsync(string? uri, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(cancellationToken);
        var prompt = snapshot.FindResource(uri ?? "") ?? throw Invalid(
            $"Unknown resource '{InputMessages.Quote(uri ?? "")}'. Saved presets are served as {ResourceScheme}<preset>; resources/list names them.");
        return (prompt, PresetDocument.Write([prompt.Preset!.Draft], Definition));
    }

    /// <summary>One page of <paramref name="items"/> from an opaque <paramref name="cursor"/>, and the cursor of the next page.</summary>
    public static (IReadOnlyList<T> Items, string? NextCursor) Page<T>(IReadOnlyList<T> items, string? cursor)
    {
        var offset = cursor is null ? 0 : DecodeCursor(cursor);
        var next = offset + PageSize < items.Count ? EncodeCursor(offset + PageSize) : null;
        return ([.. items.Skip(offset).Take(PageSize)], next);
    }

    /// <summary>The live presets, or <c>null</c> when the store cannot be read.</summary>
    private async Task<IReadOnlyList<StoredPreset>?> LivePresetsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _presets.ExportAsync(null, cancellationToken);
        }
        catch (PresetStoreUnavailableException e)
        {
            _logger.LogWarning("MCP serves the base prompt only: {Message}", e.Message);
            return null;
        }
    }

    private static CataloguePrompt PresetPrompt(StoredPreset preset)
    {
        var slug = preset.Slug;
        var values = preset.Draft.Arguments;
        var served = Definition.ForPreset(PresetPromptPrefix + slug, values);
        var arguments = served.Arguments.Select(a => new CatalogueArgument(a.Name, !values.IsBlank(a.Name)
            ? $"{a.Description}. Default from the preset \"{preset.Name}\": \"{a.DefaultValue}\""
            : a.Required ? $"{a.Description}. Required: the preset \"{preset.Name}\" does not set it"
            : $"{a.Description}. Default: \"{a.DefaultValue}\" (the preset leaves it blank)", a.Required));

        var set = string.Join(", ", Definition.Arguments.Where(a => !values.IsBlank(a.Name)).Select(a => $"{a.Name} \"{values[a.Name]}\""));
        var description = !string.IsNullOrWhiteSpace(preset.Draft.Description) ? preset.Draft.Description
            : $"{Definition.Description.TrimEnd('.')} using the saved preset \"{preset.Name}\"{(set.Length > 0 ? $": {set}" : "")}.";
        return new(served.Name, preset.Name, description, [.. arguments], preset, slug);
    }

    private static string EncodeCursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(7), out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw Invalid($"The cursor '{InputMessages.Quote(cursor)}' is not one this server issued; list again without a cursor.");
    }

    private static McpProtocolException Invalid(string message) => new(message, McpErrorCode.InvalidParams);
}
