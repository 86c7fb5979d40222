namespace MultiStageBuild.Web.Identity;

/// <summary>What the account pages post.</summary>
public sealed class AccountForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
