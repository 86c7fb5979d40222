using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// <c>/healthz</c>'s view of the preset database: each check uses it (a read, and whether the file is still the one
/// opened), so a damaged or removed file shows here even before a preset call meets it.
/// </summary>
public sealed class PresetStoreHealthCheck(PresetStoreStatus status, PresetStoreConnection connection, IDbContextFactory<PresetsDbContext> contexts) : IHealthCheck
{
    public const string Name = "presets";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.IsAvailable)
        {
            await ProbeAsync(cancellationToken);
        }

        var data = new Dictionary<string, object> { ["store"] = status.Health switch
        {
            PresetStoreHealth.Available => "ok",
            PresetStoreHealth.Degraded => "degraded",
            _ => "unavailable",
        } };
        return status.Health switch
        {
            PresetStoreHealth.Available => HealthCheckResult.Healthy("The preset database is open and answering.", data),
            PresetStoreHealth.Degraded => HealthCheckResult.Degraded(status.Problem, data: data),
            _ => HealthCheckResult.Unhealthy(status.Problem, data: data),
        };
    }

    /// <summary>The health report as JSON: overall status, and per check its status, description and data.</summary>
    public static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }));
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (SqliteFile.Check((SqliteConnection)db.Database.GetDbConnection(), connection.DatabasePath) is { } fault)
            {
                status.Fault(fault);
                return;
            }

            await db.Presets.AsNoTracking().Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception e) when (status.Fault(e) is not null)
        {
            // Recorded in the status, which the report reads.
        }
    }
}
