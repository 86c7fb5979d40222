namespace MultiStageBuild.Web.Data;

/// <summary>
/// Brings an unavailable preset store back without a restart: whenever it is unavailable (at start-up, or after a
/// call found the file damaged, deleted or replaced) it opens the database again, waiting
/// <c>PresetStore:RetryDelay</c> (1 s) before the first try and twice as long before each next one, up to a minute.
/// </summary>
public sealed class PresetStoreMonitor(IServiceProvider services, TimeSpan firstDelay, PresetStoreStatus status, ILogger<PresetStoreMonitor> logger)
    : BackgroundService
{
    public const string RetryDelaySetting = "PresetStore:RetryDelay";

    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = firstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            await UnavailableAsync(stoppingToken);
            logger.LogWarning("Opening the preset store again in {Delay}: {Problem}", delay, status.Problem);
            await Task.Delay(delay, stoppingToken);
            await services.InitializePresetStoreAsync(stoppingToken);
            if (status.IsAvailable)
            {
                logger.LogInformation("The preset store is available again.");
                delay = firstDelay;
            }
            else
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    private async Task UnavailableAsync(CancellationToken cancellationToken)
    {
        var unavailable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged()
        {
            if (!status.IsAvailable)
            {
                unavailable.TrySetResult();
            }
        }

        status.Changed += OnChanged;
        try
        {
            OnChanged();
            await unavailable.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            status.Changed -= OnChanged;
        }
    }
}
