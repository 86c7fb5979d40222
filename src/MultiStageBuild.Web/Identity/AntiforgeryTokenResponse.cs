namespace MultiStageBuild.Web.Identity;

/// <summary>The antiforgery token a script sends back in <see cref="HeaderName"/> when it changes presets with the sign-in cookie.</summary>
public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
