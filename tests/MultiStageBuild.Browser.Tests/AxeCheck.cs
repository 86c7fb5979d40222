using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>axe-core over a page as it is painted, every rule it runs by default (best practices included), in each theme and screen size.</summary>
public static class AxeCheck
{
    private static readonly string[] Themes = ["light", "dark"];
    private static readonly string[] Screens = ["laptop", "phone"];

    /// <summary>Every subject in light and dark, on a laptop and a phone: the rows of an accessibility theory.</summary>
    public static TheoryData<string, string, string> InEveryThemeAndScreen(IEnumerable<string> subjects)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var subject in subjects)
        {
            foreach (var theme in Themes)
            {
                foreach (var screen in Screens)
                {
                    data.Add(subject, theme, screen);
                }
            }
        }

        return data;
    }

    /// <summary>A page script that makes the app start in <paramref name="theme"/>.</summary>
    public static string ThemeScript(string theme) => $"try {{ localStorage.setItem('theme', '{theme}'); }} catch {{ }}";

    /// <summary>Waits until the app shows <paramref name="theme"/>: the toggle says so once the circuit has read it.</summary>
    public static Task ExpectThemeAsync(IPage page, string theme) =>
        Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", theme == "dark" ? "true" : "false");

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        await SettleAsync(page);
        var result = await page.RunAxe();
        var violations = result.Violations;
        Assert.True(violations.Length == 0, $"axe-core found {violations.Length} violation(s) on {page.Url}:{Environment.NewLine}{Describe(violations)}");
    }

    /// <summary>Each violation's rule, impact and summary, then every element it found, with axe's reason.</summary>
    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(violation =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help}{Environment.NewLine}" +
        string.Join(Environment.NewLine, violation.Nodes.Select(node =>
            $"    {node.Target}: {Reasons(node)}{Environment.NewLine}      {node.Html}"))));

    /// <summary>What axe's checks said about a node, as its failure summary puts it.</summary>
    private static string Reasons(AxeResultNode node) =>
        string.Join(" ", new[] { ("Fix any of:", node.Any), ("Fix all of:", node.All.Concat(node.None).ToArray()) }
            .Where(group => group.Item2.Length > 0)
            .Select(group => $"{group.Item1} {string.Join("; ", group.Item2.Select(check => check.Message))}."));

    /// <summary>Waits for opening transitions and fades to end: axe measures colours as they are painted.</summary>
    private static Task SettleAsync(IPage page) => page.WaitForFunctionAsync(
        "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
}
