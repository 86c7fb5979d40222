using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Testing;

/// <summary>
/// Accounts in <c>Auth:Mode</c> <c>Local</c> made and signed in through the app's own forms, as a browser would: the
/// first account through the first-run form, later ones through an admin's invitation link.
/// </summary>
public static partial class LocalSignIn
{
    public const string ModeSetting = "Auth:Mode";

    /// <summary>A password Identity's default rules accept.</summary>
    public const string Password = "Correct-Horse-7";

    public static AppHostOptions LocalMode(IReadOnlyDictionary<string, string?>? settings = null) => new()
    {
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { [ModeSetting] = nameof(AuthMode.Local) },
    };

    /// <summary>Creates the first account (an admin) through <c>/account/setup</c>; returns its signed-in client.</summary>
    public static async Task<HttpClient> CreateFirstAccountAsync(this AppHost host, string userName, string password = Password)
    {
        var client = host.NewCookieClient();
        await PostFormAsync(client, AccountEndpoints.SetupPath, userName, password);
        return client;
    }

    /// <summary>Invites <paramref name="userName"/> as <paramref name="role"/> and accepts through the invitation form; returns the new account's signed-in client.</summary>
    public static async Task<HttpClient> CreateInvitedAccountAsync(this AppHost host, string userName, string role, string password = Password)
    {
        string code;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<Accounts>().InviteAsync(role, "tests");
        }

        var client = host.NewCookieClient();
        await PostFormAsync(client, $"{AccountEndpoints.InvitationPath}/{code}", userName, password);
        return client;
    }

    /// <summary>Makes a token for <paramref name="userName"/> (as the Tokens page does) and a client that sends it.</summary>
    public static async Task<HttpClient> BearerClientAsync(this AppHost host, string userName, string scope, TimeSpan? lifetime = null)
    {
        var client = host.NewCookieClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await host.CreateTokenAsync(userName, scope, lifetime)).Secret);
        return client;
    }

    /// <summary>Makes a token for <paramref name="userName"/> through the service the Tokens page uses.</summary>
    public static async Task<(ApiTokenEntity Token, string Secret)> CreateTokenAsync(this AppHost host, string userName, string scope, TimeSpan? lifetime = null)
    {
        await using var services = host.Services.CreateAsyncScope();
        var user = await services.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(userName);
        var created = await services.ServiceProvider.GetRequiredService<ApiTokens>()
            .CreateAsync(user!.Id, $"{userName} {scope}", scope, DateTimeOffset.UtcNow + (lifetime ?? TimeSpan.FromDays(30)));
        return (created.Token!, created.Secret!);
    }

    /// <summary>Signs in through <c>/account/sign-in</c>; returns the client holding the cookie.</summary>
    public static async Task<HttpClient> SignInAsync(this AppHost host, string userName, string password = Password)
    {
        var client = host.NewCookieClient();
        await PostFormAsync(client, AccountEndpoints.SignInPath, userName, password);
        return client;
    }

    /// <summary>Fetches the page at <paramref name="path"/>, fills its form and posts it with the page's antiforgery token; expects a redirect.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string userName, string password, bool expectRedirect = true)
    {
        var fields = await HiddenFieldsAsync(client, path);
        fields["UserName"] = userName;
        fields["Password"] = password;
        var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        if (expectRedirect && response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    /// <summary>The antiforgery header a cookie-authenticated API change needs, from <c>/account/antiforgery</c>.</summary>
    public static async Task AddAntiforgeryHeaderAsync(this HttpClient client)
    {
        using var response = await client.GetAsync(AccountEndpoints.AntiforgeryPath);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var header = json.RootElement.GetProperty("headerName").GetString()!;
        client.DefaultRequestHeaders.Remove(header);
        client.DefaultRequestHeaders.Add(header, json.RootElement.GetProperty("token").GetString());
    }

    private static async Task PostFormAsync(HttpClient client, string path, string userName, string password) =>
        (await SubmitAsync(client, path, userName, password)).Dispose();

    /// <summary>The form's hidden fields (the antiforgery token, the page to return to), as a browser posts them back.</summary>
    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return fields.ContainsKey("__RequestVerificationToken") ? fields : throw new InvalidOperationException($"{path} has no antiforgery field: {html}");
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)" />""")]
    private static partial Regex HiddenField();
}
