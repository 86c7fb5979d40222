using System.Security.Cryptography;
using System.Text;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// The random codes of invitation links and API tokens. Only their SHA-256 is stored: 256 random bits need no slow
/// hash, and a stolen database holds nothing that signs anyone in.
/// </summary>
public static class SecretCodes
{
    /// <summary>The length of <see cref="Hash"/>'s text: SHA-256 in lower-case hex.</summary>
    public const int HashLength = 64;

    public static string New(string prefix) => prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
