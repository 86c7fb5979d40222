using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MultiStageBuild.Web.Session;

/// <summary>
/// Notes the browser's address when its circuit opens: the circuit's connection is an HTTP request (after forwarded
/// headers, when configured), whose context is current while the circuit starts.
/// </summary>
internal sealed class ClientAddressCircuitHandler(ClientAddress address, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        address.Value ??= http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return Task.CompletedTask;
    }
}
