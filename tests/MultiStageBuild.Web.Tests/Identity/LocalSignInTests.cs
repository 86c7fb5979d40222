using System.Net;
using System.Text;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>Signing in, first run, invitations, sign-out, cookies, tokens and authorship in <c>Auth:Mode</c> <c>Local</c>.</summary>
public sealed class LocalSignInTests(SignInAppHost host) : IClassFixture<SignInAppHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstRunMakesOneAdminAndThenOnlyInvitationsMakeAccounts()
    {
        await using var fresh = await AppHost.StartAsync(LocalSignIn.LocalMode());
        using var visitor = fresh.NewCookieClient();

        using var signInPage = await visitor.GetAsync(AccountEndpoints.SignInPath, Ct);
        Assert.Equal(HttpStatusCode.Redirect, signInPage.StatusCode);
        Assert.Equal(AccountEndpoints.SetupPath, signInPage.Headers.Location?.OriginalString);

        using var first = await fresh.CreateFirstAccountAsync("root");
        using var roles = await first.GetAsync("/members", Ct);
        Assert.Contains("Make invitation link", await roles.Content.ReadAsStringAsync(Ct));
        await using (var scope = fresh.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.Equal([AppRoles.Admin], await users.GetRolesAsync((await users.FindByNameAsync("root"))!));
        }

        using var setupAgain = await visitor.GetAsync(AccountEndpoints.SetupPath, Ct);
        Assert.Equal(AccountEndpoints.SignInPath, setupAgain.Headers.Location?.OriginalString);
        using var late = fresh.NewCookieClient();
        var fields = await LocalSignIn.HiddenFieldsAsync(late, AccountEndpoints.SignInPath);
        fields["UserName"] = "late";
        fields["Password"] = LocalSignIn.Password;
        using var secondSetup = await late.PostAsync(AccountEndpoints.SetupPath, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, secondSetup.StatusCode);
        Assert.Contains("An account exists already", await secondSetup.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedWithIdentitysRules()
    {
        await using var fresh = await AppHost.StartAsync(LocalSignIn.LocalMode());

        using var refused = await LocalSignIn.SubmitAsync(fresh.NewCookieClient(), AccountEndpoints.SetupPath, "root", "short", expectRedirect: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Passwords must be at least 6 characters.", page);
        Assert.Contains("Passwords must have at least one digit", page);
    }

    [Fact]
    public async Task AnInvitationMakesOneAccountOnly()
    {
        string code;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<Accounts>().InviteAsync(AppRoles.Viewer, "tests", Ct);
        }

        var path = $"{AccountEndpoints.InvitationPath}/{code}";
        using var accepted = await LocalSignIn.SubmitAsync(host.NewCookieClient(), path, "once", LocalSignIn.Password);
        using var again = await host.NewCookieClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("used up, expired or mistyped", await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task APageAsksAnonymousVisitorsToSignInAndComesBackAfterwards()
    {
        using var visitor = host.NewCookieClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/presets");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await visitor.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{AccountEndpoints.SignInPath}?ReturnUrl=%2Fpresets", response.Headers.Location?.PathAndQuery);
        using var signedIn = await LocalSignIn.SubmitAsync(visitor, response.Headers.Location!.PathAndQuery, SignInAppHost.ViewerName, LocalSignIn.Password);
        Assert.Equal("/presets", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheSignInCookieIsHttpOnlyAndSameSiteLax()
    {
        var client = host.NewCookieClient();

        using var response = await LocalSignIn.SubmitAsync(client, AccountEndpoints.SignInPath, SignInAppHost.ViewerName, LocalSignIn.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MultiStageBuild.SignIn=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("MultiStageBuild", ""), StringComparison.OrdinalIgnoreCase); // plain HTTP here
    }

    [Fact]
    public async Task WrongPasswordsAreRefusedAndFiveLockTheAccount()
    {
        using var invited = await host.CreateInvitedAccountAsync("locky", AppRoles.Viewer);

        using var wrong = await LocalSignIn.SubmitAsync(host.NewCookieClient(), AccountEndpoints.SignInPath, "locky", "Wrong-Password-1", expectRedirect: false);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The name or the password is wrong.", await wrong.Content.ReadAsStringAsync(Ct));
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            (await LocalSignIn.SubmitAsync(host.NewCookieClient(), AccountEndpoints.SignInPath, "locky", "Wrong-Password-1", expectRedirect: false)).Dispose();
        }

        using var right = await LocalSignIn.SubmitAsync(host.NewCookieClient(), AccountEndpoints.SignInPath, "locky", LocalSignIn.Password, expectRedirect: false);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var client = await host.SignInAsync(SignInAppHost.EditorName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/presets", Ct)).StatusCode);

        // The sign-out form of the app bar, with its antiforgery token.
        var form = await LocalSignIn.HiddenFieldsAsync(client, "/about");
        using var signedOut = await client.PostAsync(AccountEndpoints.SignOutPath, new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await client.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task ARevisionIsRecordedUnderTheSignedInIdentityNotATypedName()
    {
        var client = host.Clients[AppRoles.Editor];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/presets")
        {
            Content = new StringContent("""{"name": "authored", "args": {"source": "/src"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Author", "someone else");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await host.Services.GetRequiredService<IPresetRepository>().FindByNameAsync("authored", Ct);
        Assert.Equal(SignInAppHost.EditorName, saved!.CreatedBy);
        Assert.Equal(SignInAppHost.EditorName, (await host.Services.GetRequiredService<IPresetRepository>().RevisionsAsync(saved.Id, Ct)).Single().Author);
    }

    [Fact]
    public async Task AChangeWithTheCookieButNoAntiforgeryTokenIsRefused()
    {
        using var client = await host.SignInAsync(SignInAppHost.EditorName);

        using var response = await client.PostJsonAsync("/api/presets", """{"name": "forged", "args": {"source": "/src"}}""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The antiforgery token is missing or not valid", problem.GetProperty("title").GetString());
        Assert.Null(await host.Services.GetRequiredService<IPresetRepository>().FindByNameAsync("forged", Ct));
    }

    [Fact]
    public async Task AViewersPageOffersNoEditActions()
    {
        var viewerPage = await host.Clients[AppRoles.Viewer].GetPageAsync("/presets");
        var editorPage = await host.Clients[AppRoles.Editor].GetPageAsync("/presets");

        Assert.DoesNotContain("New preset", viewerPage);
        Assert.DoesNotContain(">Import<", viewerPage);
        Assert.Contains("New preset", editorPage);
        Assert.Contains("vera (viewer)", viewerPage);
    }

    [Fact]
    public async Task TheAboutPageSaysLocalAccountsAreOn()
    {
        var about = await host.Clients[AppRoles.Viewer].GetPageAsync("/about");

        Assert.Contains("Local accounts (Auth:Mode Local)", about);
    }

    [Fact]
    public async Task ATokenRecordsItsLastUseAndOnlyItsHashIsStored()
    {
        var (token, secret) = await host.CreateTokenAsync(SignInAppHost.ViewerName, ApiTokenScope.Read);
        using var client = host.NewCookieClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/presets", Ct)).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var stored = scope.ServiceProvider.GetRequiredService<Data.PresetsDbContext>().ApiTokens.Single(t => t.Id == token.Id);
        Assert.NotNull(stored.LastUsedAt);
        Assert.Equal(SecretCodes.Hash(secret), stored.SecretHash);
        SqliteConnection.ClearAllPools();
        Assert.DoesNotContain(secret, await ReadAllTextSharedAsync(host.DatabasePath));
    }

    [Fact]
    public async Task RevokedExpiredAndUnknownTokensAre401()
    {
        var (revoked, revokedSecret) = await host.CreateTokenAsync(SignInAppHost.EditorName, ApiTokenScope.Write);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var editor = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(SignInAppHost.EditorName);
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiTokens>().RevokeAsync(editor!.Id, revoked.Id, Ct));
        }

        var (_, expiringSecret) = await host.CreateTokenAsync(SignInAppHost.EditorName, ApiTokenScope.Write, TimeSpan.FromMilliseconds(1));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Expiry is compared with the clock: wait until it has passed, however long this machine takes.
            while (await scope.ServiceProvider.GetRequiredService<ApiTokens>().AuthenticateAsync(expiringSecret, Ct) is not null)
            {
                await Task.Yield();
            }
        }

        foreach (var secret in new[] { revokedSecret, expiringSecret, "msb_not-a-token" })
        {
            using var client = host.NewCookieClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
            using var response = await client.GetAsync("/api/presets", Ct);

            await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        }
    }

    /// <summary>The database file and its write-ahead log as text, read beside the running app.</summary>
    private static async Task<string> ReadAllTextSharedAsync(string path)
    {
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync(Ct));
        }

        return text.ToString();
    }

    [Fact]
    public async Task SignOutEverywhereEndsEveryBrowserSessionOfTheAccountButNotItsTokens()
    {
        var settings = new Dictionary<string, string?> { [$"{AuthOptions.Section}:{nameof(AuthOptions.SessionCheckInterval)}"] = "00:00:00" };
        await using var fresh = await AppHost.StartAsync(LocalSignIn.LocalMode(settings));
        using var here = await fresh.CreateFirstAccountAsync("ada");
        using var elsewhere = await fresh.SignInAsync("ada");
        using var token = await fresh.BearerClientAsync("ada", ApiTokenScope.Read);
        using var other = await fresh.CreateInvitedAccountAsync("eddie", AppRoles.Editor);
        using (var before = await elsewhere.GetAsync("/api/presets", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        Assert.Contains(AccountEndpoints.SignOutEverywherePath, await here.GetStringAsync("/tokens", Ct));
        await here.AddAntiforgeryHeaderAsync();
        using var signedOut = await here.PostAsync(AccountEndpoints.SignOutEverywherePath, new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(AccountEndpoints.SignInPath, signedOut.Headers.Location?.OriginalString);
        foreach (var session in new[] { here, elsewhere })
        {
            using var after = await session.GetAsync("/api/presets", Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        using var tokenAfter = await token.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.OK, tokenAfter.StatusCode);
        using var otherAfter = await other.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.OK, otherAfter.StatusCode);
    }

    [Fact]
    public async Task TheKeysThatSealTheCookieAreInTheDatabaseSoARestartKeepsEveryoneSignedIn()
    {
        await using var fresh = await AppHost.StartAsync(LocalSignIn.LocalMode());
        using var ada = await fresh.CreateFirstAccountAsync("ada");
        using (var before = await ada.GetAsync("/api/presets", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var keys = fresh.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId.ToString()).ToList();
        Assert.NotEmpty(keys);
        await using (var connection = new SqliteConnection($"Data Source={fresh.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            var stored = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT FriendlyName FROM DataProtectionKeys";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                stored.Add(reader.GetString(0));
            }

            Assert.All(keys, key => Assert.Contains($"key-{key}", stored));
        }

        await fresh.RestartAsync();

        using var after = await ada.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
