using System.Net;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// The <c>Auth:ReverseProxy</c> settings: the headers a gateway (oauth2-proxy and similar) names the person in, and
/// the addresses it connects from. The headers count only on a connection from one of those addresses, matched as
/// ASP.NET Core's forwarded-headers middleware matches its known proxies and networks.
/// </summary>
public sealed class ReverseProxySettings : GroupRoleSettings
{
    public string UserHeader { get; set; } = "X-Forwarded-User";

    /// <summary>The header holding the person's groups, separated by commas.</summary>
    public string GroupsHeader { get; set; } = "X-Forwarded-Groups";

    /// <summary>The gateway's addresses, such as <c>10.0.0.7</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the gateway connects from, in CIDR notation, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Whether a connection from <paramref name="address"/> comes from the gateway.</summary>
    public bool Trusts(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6 && Trusts(address.MapToIPv4()))
        {
            return true;
        }

        return KnownProxies.Any(p => IPAddress.TryParse(p, out var proxy) && proxy.Equals(address))
            || KnownNetworks.Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(address));
    }

    /// <summary>The groups in <paramref name="header"/>: comma-separated, blanks dropped.</summary>
    public static IEnumerable<string> Groups(string? header) =>
        (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal IEnumerable<string> Problems(string section)
    {
        if (KnownProxies.Length == 0 && KnownNetworks.Length == 0)
        {
            yield return $"{section}:KnownProxies or {section}:KnownNetworks must name the gateway's address: the headers are trusted from nowhere else.";
        }

        foreach (var (proxy, index) in KnownProxies.Select((p, i) => (p, i)).Where(p => !IPAddress.TryParse(p.p, out _)))
        {
            yield return $"{section}:KnownProxies:{index} is '{proxy}', not an IP address.";
        }

        foreach (var (network, index) in KnownNetworks.Select((n, i) => (n, i)).Where(n => !IPNetwork.TryParse(n.n, out _)))
        {
            yield return $"{section}:KnownNetworks:{index} is '{network}', not a network such as 10.0.0.0/24.";
        }

        if (string.IsNullOrWhiteSpace(UserHeader))
        {
            yield return $"{section}:UserHeader must name the header the gateway puts the person's name in.";
        }

        foreach (var problem in RoleProblems(section))
        {
            yield return problem;
        }
    }
}
