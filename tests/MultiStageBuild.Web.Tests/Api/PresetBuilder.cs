using System.Text.Json.Nodes;

namespace MultiStageBuild.Web.Tests.Api;

/// <summary>
/// A preset body for <c>POST/PUT /api/presets</c>, valid unless told otherwise. Names are unique per builder, because
/// the tests of a class share one host and its database.
/// </summary>
internal sealed class PresetBuilder
{
    private string _name = $"Preset {Guid.NewGuid():N}"[..19];
    private string _description = "Built by a test.";
    private List<string> _tags = ["test"];
    private readonly JsonObject _args = new()
    {
        ["source"] = "/srv/app",
        ["install_cmd"] = "pip install -e .",
        ["build_cmd"] = "python -m build",
        ["test_cmd"] = "pytest",
    };

    public string Name => _name;

    public PresetBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public PresetBuilder Described(string description)
    {
        _description = description;
        return this;
    }

    public PresetBuilder Tagged(params string[] tags)
    {
        _tags = [.. tags];
        return this;
    }

    public PresetBuilder With(string argument, string value)
    {
        _args[argument] = value;
        return this;
    }

    public JsonObject Build() => new()
    {
        ["name"] = _name,
        ["description"] = _description,
        ["tags"] = new JsonArray([.. _tags.Select(t => JsonValue.Create(t))]),
        ["args"] = _args.DeepClone(),
    };
}
