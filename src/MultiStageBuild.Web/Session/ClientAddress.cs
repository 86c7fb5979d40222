namespace MultiStageBuild.Web.Session;

/// <summary>The network address of the browser a circuit serves, as its connection reached the app; one per circuit.</summary>
public sealed class ClientAddress
{
    public string? Value { get; set; }
}
