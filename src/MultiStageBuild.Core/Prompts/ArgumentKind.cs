namespace MultiStageBuild.Core.Prompts;

/// <summary>What an argument's value is, which decides the checks beyond length and line breaks.</summary>
public enum ArgumentKind
{
    /// <summary>A shell command run in the container: checked for sudo, a dangling operator and toolchains the base image lacks.</summary>
    Command,

    /// <summary>A directory on the machine running the MCP server: it must be an absolute POSIX path.</summary>
    LocalPath,
}
