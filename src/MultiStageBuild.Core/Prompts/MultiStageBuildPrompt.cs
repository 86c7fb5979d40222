namespace MultiStageBuild.Core.Prompts;

/// <summary>Contree's <c>multi-stage-build</c> prompt: its arguments, and the texts it comes in.</summary>
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

    /// <summary>The id of the reference document's edition, the default.</summary>
    public const string DocsEdition = "docs";

    /// <summary>The id of the edition released Contree MCP servers return.</summary>
    public const string ServedEdition = "contree-mcp-0.1";

    /// <summary>The text of Contree's reference document, every value as an exact code span.</summary>
    public static PromptEdition Docs { get; } = new(
        DocsEdition,
        "Reference document",
        "The text Contree's reference document shows for multi-stage-build, with every value as an exact code span.",
        SlotPolicy.CodeSpan,
        new("""
            Execute a multi-stage build with rollback checkpoints:

            Source: {source}

            **Stage 1: Setup Base**
            1. Check if `tag:python:3.11-slim` exists, import if needed
            2. Sync source files with `rsync`

            **Stage 2: Install Dependencies** (checkpoint: `deps-installed`)
            1. Run {install_cmd} with `disposable=false`
            2. Save `result_image` as rollback point
            3. If this fails, report error and stop

            **Stage 3: Build** (checkpoint: `build-complete`)
            1. Run {build_cmd} on deps image with `disposable=false`
            2. Save `result_image` as rollback point
            3. If this fails, can rollback to deps-installed image

            **Stage 4: Test**
            1. Run {test_cmd} on build image (disposable=true for tests)
            2. Report test results
            3. If tests fail, can rollback to build-complete or deps-installed

            **Rollback Strategy:**
            - Keep track of each stage's `result_image` UUID
            - On failure, report which checkpoint to resume from
            - Previous checkpoints remain valid for retry
            """),
        [
            new(1, "Setup Base", Checkpoint: null, CommandArgument: null,
                ["Ensures base image exists", "Syncs source files", "No checkpoint needed (base image is the checkpoint)"],
                RollbackTargets: []),
            new(2, "Install Dependencies", DepsInstalled, InstallCommand,
                ["Runs install command with `disposable=false`", "Saves result as `deps-installed` checkpoint"],
                RollbackTargets: []),
            new(3, "Build", BuildComplete, BuildCommand,
                ["Runs build command with `disposable=false`", "Saves result as `build-complete` checkpoint"],
                RollbackTargets: [DepsInstalled]),
            new(4, "Test", Checkpoint: null, TestCommand,
                ["Runs tests with `disposable=true` (no need to save test artifacts)", "Reports results"],
                RollbackTargets: [BuildComplete, DepsInstalled]),
        ]);

    /// <summary>
    /// What contree-mcp 0.1.2 to 0.1.5 return (<c>prompts.multi_stage_build</c>): a seven-step list with the values
    /// inserted raw between the template's own backticks.
    /// </summary>
    public static PromptEdition Served { get; } = new(
        ServedEdition,
        "contree-mcp 0.1.2–0.1.5",
        "What released Contree MCP servers (contree-mcp 0.1.2 to 0.1.5) return for multi-stage-build: seven steps, values inserted raw.",
        SlotPolicy.Raw,
        new("""
            Execute a multi-stage build with checkpoints.

            1. `rsync` `{source}` to `/app` (absolute path required).
            2. Prefer existing Python-ready images.
               If only Ubuntu exists, install Python once and tag it.
            3. Only import a base image if none exist.
            4. `run` `{install_cmd}` with `disposable=false`, `cwd="/app"`.
            5. `run` `{build_cmd}` with `disposable=false`, `cwd="/app"`.
            6. `run` `{test_cmd}` on the build image with `cwd="/app"`.
            7. Keep each `result_image` UUID as a rollback point.
            """),
        Stages: []);

    /// <summary>The definition: arguments, base image and editions, the reference document's first.</summary>
    public static PromptDefinition Definition { get; } = new(
        Name,
        "Multi-stage build with rollback points.",
        [
            new(Source, ArgumentKind.LocalPath, "Local directory path to sync", Required: true, DefaultValue: null, Example: "/home/user/project"),
            new(InstallCommand, ArgumentKind.Command, "Dependency installation command", Required: false, "pip install -e .", Example: "pip install -e '.[dev]'"),
            new(BuildCommand, ArgumentKind.Command, "Build command", Required: false, "python -m build", Example: "python -m build"),
            new(TestCommand, ArgumentKind.Command, "Test command", Required: false, "pytest", Example: "pytest -v"),
        ],
        BaseImage: "tag:python:3.11-slim",
        [Docs, Served]);
}
