using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;

namespace MultiStageBuild.Core.Presets;

/// <summary>The read-only presets from the reference document's three examples.</summary>
public static class BuiltInPresets
{
    /// <summary>A Python package built with pip, build and pytest (the prompt's defaults).</summary>
    public static Preset Python { get; } = Create("python", "Python package", "pip, build and pytest: the prompt's defaults.",
        "pip install -e .", "python -m build", "pytest");

    /// <summary>A Poetry project, as in the "Custom Build Pipeline" example.</summary>
    public static Preset Poetry { get; } = Create("poetry", "Poetry", "Poetry installs, builds and runs pytest with coverage.",
        "pip install poetry && poetry install", "poetry build", "poetry run pytest --cov");

    /// <summary>A Rust crate, as in the "Rust Project" example.</summary>
    public static Preset Rust { get; } = Create("rust", "Rust", "cargo fetch, a release build and cargo test.",
        "cargo fetch", "cargo build --release", "cargo test");

    /// <summary>All built-ins in picker order.</summary>
    public static IReadOnlyList<Preset> All { get; } = [Python, Poetry, Rust];

    /// <summary>Finds a built-in by key, ignoring case.</summary>
    public static Preset? Find(string? key) => All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    private static Preset Create(string key, string name, string description, string install, string build, string test) =>
        new(key, name, description,
            ArgumentSet.Empty.With(InstallCommand, install).With(BuildCommand, build).With(TestCommand, test),
            IsBuiltIn: true);
}
