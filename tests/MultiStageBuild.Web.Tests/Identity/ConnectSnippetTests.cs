using System.Net;
using System.Text.Json;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Web.Components.Pages.Connect;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>The Connect page's client snippets carry an API token when sign-in is on, in each client's own way.</summary>
public sealed class ConnectSnippetTests(SignInAppHost host) : IClassFixture<SignInAppHost>
{
    private const string Url = "http://localhost:5000/mcp";
    private const string Header = $"Authorization: Bearer ${ClientSnippet.TokenVariable}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void WithSignInEveryClientSendsTheTokenAsABearerHeader()
    {
        var snippets = ClientSnippet.For(Url, withToken: true).ToDictionary(s => s.Id);

        // The shell expands the variable inside the double quotes, so the token never stands in the command line itself.
        Assert.EndsWith($" --header \"{Header}\"", snippets["claude-code"].Text);
        Assert.EndsWith($" --header \"{Header}\"", snippets["inspector"].Text);
        Assert.Equal(ShellWords.Split(ClientSnippet.For(Url).Single(s => s.Id == "claude-code").Text).Words,
            ShellWords.Split(snippets["claude-code"].Text[..^$" --header \"{Header}\"".Length]).Words);

        using var vscode = JsonDocument.Parse(snippets["vscode"].Text);
        var input = vscode.RootElement.GetProperty("inputs")[0];
        Assert.True(input.GetProperty("password").GetBoolean());
        var server = vscode.RootElement.GetProperty("servers").GetProperty(ClientSnippet.ServerName);
        Assert.Equal(Url, server.GetProperty("url").GetString());
        Assert.Equal($"Bearer ${{input:{input.GetProperty("id").GetString()}}}", server.GetProperty("headers").GetProperty("Authorization").GetString());

        Assert.EndsWith($"bearer_token_env_var = \"{ClientSnippet.TokenVariable}\"", snippets["codex"].Text);
    }

    [Fact]
    public void WithoutSignInNoSnippetMentionsAToken()
    {
        Assert.All(ClientSnippet.For(Url), s =>
        {
            Assert.DoesNotContain("Authorization", s.Text);
            Assert.DoesNotContain("bearer", s.Text, StringComparison.OrdinalIgnoreCase);
        });
        using var vscode = JsonDocument.Parse(ClientSnippet.For(Url).Single(s => s.Id == "vscode").Text);
        Assert.Equal(Url, vscode.RootElement.GetProperty("servers").GetProperty(ClientSnippet.ServerName).GetProperty("url").GetString());
    }

    [Fact]
    public async Task TheServedPageSaysATokenIsNeededAndShowsTheHeader()
    {
        using var page = await host.Clients[AppRoles.Viewer].GetAsync("/connect", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains("data-testid=\"token-needed\"", html);
        Assert.Contains($"--header \"{Header}\"", html);
    }
}
