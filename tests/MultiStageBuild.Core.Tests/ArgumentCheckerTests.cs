using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class ArgumentCheckerTests
{
    private static IReadOnlyList<ArgumentIssue> Check(string source, string? install = null, string? build = null, string? test = null) =>
        ArgumentChecker.Check(MultiStageBuildPrompt.Definition,
            ArgumentSet.Empty.With("source", source).With("install_cmd", install).With("build_cmd", build).With("test_cmd", test));

    [Theory]
    [InlineData("", "source is required")]
    [InlineData("   ", "source is required")]
    [InlineData("project", "absolute POSIX path")]
    [InlineData("./project", "absolute POSIX path")]
    [InlineData("C:\\work\\project", "absolute POSIX path")]
    [InlineData("/home/user/pro\nject", "one line")]
    [InlineData("/home/user/\tproject", "control character (U+0009)")]
    public void RejectsBadSources(string source, string message)
    {
        var issue = Assert.Single(Check(source));

        Assert.Equal(("source", IssueSeverity.Error), (issue.Argument, issue.Severity));
        Assert.Contains(message, issue.Message);
    }

    [Fact]
    public void RejectsValuesOverTheLengthLimit()
    {
        var issue = Assert.Single(Check("/p", build: new string('x', ArgumentChecker.MaxValueLength + 1)));

        Assert.Equal(("build_cmd", IssueSeverity.Error), (issue.Argument, issue.Severity));
        Assert.Contains("4,096", issue.Message);
        Assert.Empty(Check("/p", build: new string('x', ArgumentChecker.MaxValueLength)));
    }

    [Fact]
    public void RejectsMultiLineCommandsSuggestingAnd()
    {
        var issue = Assert.Single(Check("/p", install: "pip install a\npip install b"));

        Assert.Equal("install_cmd", issue.Argument);
        Assert.Contains("&&", issue.Message);
    }

    [Fact]
    public void RejectsUnknownArguments()
    {
        var issues = ArgumentChecker.Check(MultiStageBuildPrompt.Definition, ArgumentSet.Empty.With("source", "/p").With("lint_cmd", "ruff"));

        var issue = Assert.Single(issues);
        Assert.Equal(("lint_cmd", IssueSeverity.Error), (issue.Argument, issue.Severity));
        Assert.Contains("source, install_cmd, build_cmd, test_cmd", issue.Message);
    }

    [Theory]
    [InlineData("~/project", "source", "home folder")]
    [InlineData("/p", "install_cmd", "sudo", "sudo pip install -e .")]
    [InlineData("/p", "install_cmd", "ends with '&&'", "pip install . &&")]
    [InlineData("/p", "install_cmd", "ends with '|'", "pip install . |")]
    [InlineData("/p", "install_cmd", "ends with ';'", "pip install . ;")]
    [InlineData("/p", "install_cmd", "cargo is not in tag:python:3.11-slim", "cargo fetch")]
    [InlineData("/p", "install_cmd", "npm is not in", "CI=1 npm ci")]
    [InlineData("/p", "install_cmd", "go is not in", "pip install x && go mod download")]
    [InlineData("/p", "install_cmd", "mvn is not in", "sudo mvn install")]
    public void WarnsButStillRenders(string source, string argument, string message, string? install = null)
    {
        var issues = Check(source, install);

        Assert.False(issues.HasErrors());
        Assert.Contains(issues, i => i.Argument == argument && i.Severity == IssueSeverity.Warning && i.Message.Contains(message));
    }

    [Fact]
    public void NamesTheRustToolchainOnceAtTheFirstCommandThatUsesIt()
    {
        var issues = Check("/path/to/rust-project", "cargo fetch", "cargo build --release", "cargo test");

        var warning = Assert.Single(issues);
        Assert.Equal("install_cmd", warning.Argument);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.StartsWith("cargo is not in", warning.Message);
    }

    [Fact]
    public void NamesEachMissingToolchainAtItsOwnFirstCommand()
    {
        var issues = Check("/p", "cargo fetch", "npm run build", "cargo test && npm test");

        Assert.Equal(["install_cmd", "build_cmd"], issues.Select(i => i.Argument));
    }

    [Theory]
    [InlineData("/home/user/project", "pip install -e '.[dev]'", "python -m build", "pytest -v")]
    [InlineData("/path/to/project", "pip install poetry && poetry install", "poetry build", "poetry run pytest --cov")]
    [InlineData("/p", "", "  ", null)]
    public void AcceptsTheSeedsPythonExamplesSilently(string source, string? install, string? build, string? test)
    {
        Assert.Empty(Check(source, install, build, test));
    }
}
