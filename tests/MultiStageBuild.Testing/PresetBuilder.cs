using System.Text.Json.Nodes;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Testing;

/// <summary>
/// A valid preset unless told otherwise, as a draft for the repository (<see cref="Draft"/>, or implicitly) or as a body
/// for <c>POST/PUT /api/presets</c> (<see cref="Build"/>, or as text <see cref="Json"/>). Each test states only what it cares about. A new builder's
/// name is unique, because tests that share a host share its database; <see cref="APreset"/> names it.
/// </summary>
public sealed class PresetBuilder
{
    private string _name = $"Preset {Guid.NewGuid():N}"[..19];
    private string _description = "Built by a test.";
    private List<string> _tags = ["test"];
    private readonly OrderedDictionary<string, string> _arguments = new(StringComparer.Ordinal)
    {
        ["source"] = "/srv/app",
        ["install_cmd"] = "pip install -e .",
        ["build_cmd"] = "python -m build",
        ["test_cmd"] = "pytest",
    };

    public string Name => _name;

    /// <summary>A preset named <paramref name="name"/>: the same name every call, for tests that save it twice.</summary>
    public static PresetBuilder APreset(string name = "Python service") => new() { _name = name };

    public PresetBuilder Named(string name) => Do(() => _name = name);

    public PresetBuilder Described(string description) => Do(() => _description = description);

    public PresetBuilder Tagged(params string[] tags) => Do(() => _tags = [.. tags]);

    /// <summary>Sets an argument; null leaves it unset, as a body without the member would.</summary>
    public PresetBuilder With(string argument, string? value) => Do(() =>
    {
        if (value is null)
        {
            _arguments.Remove(argument);
        }
        else
        {
            _arguments[argument] = value;
        }
    });

    public PresetDraft Draft() => new(_name, _description, [.. _tags], ArgumentSet.From(_arguments.Select(a => KeyValuePair.Create(a.Key, (string?)a.Value))));

    /// <summary>The JSON body the API takes.</summary>
    public JsonObject Build()
    {
        var args = new JsonObject();
        foreach (var (name, value) in _arguments)
        {
            args[name] = value;
        }

        return new JsonObject
        {
            ["name"] = _name,
            ["description"] = _description,
            ["tags"] = new JsonArray([.. _tags.Select(t => JsonValue.Create(t))]),
            ["args"] = args,
        };
    }

    /// <summary>The JSON body the API takes, as text.</summary>
    public string Json() => Build().ToJsonString();

    public static implicit operator PresetDraft(PresetBuilder builder) => builder.Draft();

    private PresetBuilder Do(Action change)
    {
        change();
        return this;
    }
}
