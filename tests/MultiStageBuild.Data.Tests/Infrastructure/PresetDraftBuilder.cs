using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;

namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>Valid drafts by default; each test states only what it cares about.</summary>
public sealed class PresetDraftBuilder
{
    private string _name = "Python service";
    private string _description = "Builds and tests a Python service.";
    private List<string> _tags = ["python"];
    private ArgumentSet _arguments = ArgumentSet.Empty
        .With(Source, "/home/dev/service")
        .With(InstallCommand, "pip install -e .")
        .With(BuildCommand, "python -m build")
        .With(TestCommand, "pytest");

    public static PresetDraftBuilder APreset(string name = "Python service") => new() { _name = name };

    public PresetDraftBuilder Named(string name) => Do(() => _name = name);

    public PresetDraftBuilder Described(string description) => Do(() => _description = description);

    public PresetDraftBuilder Tagged(params string[] tags) => Do(() => _tags = [.. tags]);

    public PresetDraftBuilder With(string argument, string? value) => Do(() => _arguments = _arguments.With(argument, value));

    public PresetDraft Build() => new(_name, _description, [.. _tags], _arguments);

    public static implicit operator PresetDraft(PresetDraftBuilder builder) => builder.Build();

    private PresetDraftBuilder Do(Action change)
    {
        change();
        return this;
    }
}
