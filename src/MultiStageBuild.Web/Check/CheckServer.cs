using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Web.Check;

/// <summary>An MCP server the designer may check its preview against.</summary>
/// <param name="Name">What the page and <c>POST /api/check</c> call it.</param>
/// <param name="Url">Its Streamable HTTP endpoint.</param>
public sealed record CheckServer(string Name, string Url)
{
    public CheckServer()
        : this("", "")
    {
    }

    /// <summary>Contree's own server in its HTTP mode, listed when no server is configured.</summary>
    public static CheckServer Contree { get; } = new("Contree", InvocationTarget.Contree.ServerUrl);
}
