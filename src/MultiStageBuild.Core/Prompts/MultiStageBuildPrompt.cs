namespace MultiStageBuild.Core.Prompts;

/// <summary>Contree's <c>multi-stage-build</c> prompt, as its reference document defines it.</summary>
public static class MultiStageBuildPrompt
{
    /// <summary>The prompt's MCP name.</summary>
    public const string Name = "multi-stage-build";

    /// <summary>Name of the required source directory argument.</summary>
    public const string Source = "source";

    /// <summary>Name of the dependency installation command argument.</summary>
    public const string InstallCommand = "install_cmd";

    /// <summary>Name of the build command argument.</summary>
    public const string BuildCommand = "build_cmd";

    /// <summary>Name of the test command argument.</summary>
    public const string TestCommand = "test_cmd";

    /// <summary>The checkpoint saved after dependencies are installed.</summary>
    public const string DepsInstalled = "deps-installed";

    /// <summary>The checkpoint saved after the build.</summary>
    public const string BuildComplete = "build-complete";

    /// <summary>The definition: arguments, stages, checkpoints and rollback strategy.</summary>
    public static PromptDefinition Definition { get; } = new(
        Name,
        "Multi-stage build with rollback points.",
        [
            new(Source, "Local directory path to sync", Required: true),
            new(InstallCommand, "Dependency installation command", Required: false, "pip install -e ."),
            new(BuildCommand, "Build command", Required: false, "python -m build"),
            new(TestCommand, "Test command", Required: false, "pytest"),
        ],
        BaseImage: "tag:python:3.11-slim",
        [
            new(1, "Setup Base", Checkpoint: null, CommandArgument: null,
                ["Check if {image} exists, import if needed", "Sync source files with `rsync`"],
                ["Ensures base image exists", "Syncs source files", "No checkpoint needed (base image is the checkpoint)"],
                RollbackTargets: []),
            new(2, "Install Dependencies", DepsInstalled, InstallCommand,
                ["Run {command} with `disposable=false`", "Save `result_image` as rollback point", "If this fails, report error and stop"],
                ["Runs install command with `disposable=false`", "Saves result as `deps-installed` checkpoint"],
                RollbackTargets: []),
            new(3, "Build", BuildComplete, BuildCommand,
                ["Run {command} on deps image with `disposable=false`", "Save `result_image` as rollback point", "If this fails, can rollback to deps-installed image"],
                ["Runs build command with `disposable=false`", "Saves result as `build-complete` checkpoint"],
                RollbackTargets: [DepsInstalled]),
            new(4, "Test", Checkpoint: null, TestCommand,
                ["Run {command} on build image (disposable=true for tests)", "Report test results", "If tests fail, can rollback to build-complete or deps-installed"],
                ["Runs tests with `disposable=true` (no need to save test artifacts)", "Reports results"],
                RollbackTargets: [BuildComplete, DepsInstalled]),
        ],
        [
            "Keep track of each stage's `result_image` UUID",
            "On failure, report which checkpoint to resume from",
            "Previous checkpoints remain valid for retry",
        ]);
}
