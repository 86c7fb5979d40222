namespace MultiStageBuild.Web.Data;

/// <summary>
/// Whether the preset database can be used, and if not, why: set at start-up, by every call that meets a damaged or
/// missing file, and by the retries that bring it back. <see cref="Changed"/> tells the banner and the MCP catalogue.
/// </summary>
public sealed class PresetStoreStatus
{
    private const string NotStarted = "The preset store has not been started: call InitializePresetStoreAsync at start-up.";

    private volatile State _state = new(PresetStoreHealth.Unavailable, NotStarted, NotStarted, null);

    /// <summary>Raised after the health or its reason changes.</summary>
    public event Action? Changed;

    public PresetStoreHealth Health => _state.Health;

    /// <summary>Whether calls are served (also when degraded: reads work and writes are tried).</summary>
    public bool IsAvailable => _state.Health != PresetStoreHealth.Unavailable;

    /// <summary>What is wrong, naming the database file, for the operator (log, About page); empty when available.</summary>
    public string Message => _state.Message;

    /// <summary>What is wrong without the file's path, for API answers, the banner and /healthz; empty when available.</summary>
    public string Problem => _state.Problem;

    /// <summary>The database file, once known.</summary>
    public string? DatabasePath => _state.DatabasePath;

    public void MarkAvailable(string databasePath) => Set(new(PresetStoreHealth.Available, "", "", databasePath));

    /// <summary>Records a store that cannot be used; <paramref name="problem"/> must not name the file's path.</summary>
    public void MarkUnavailable(string? databasePath, string problem) =>
        Set(new(PresetStoreHealth.Unavailable, Describe("unavailable", problem, databasePath), Capitalized(problem), databasePath));

    /// <summary>Records a failed write that may pass; reads keep being served.</summary>
    public void MarkDegraded(string problem) =>
        Set(new(PresetStoreHealth.Degraded, Describe("degraded", problem, DatabasePath), Capitalized(problem), DatabasePath));

    /// <summary>A write succeeded: a degraded store is available again.</summary>
    public void MarkWritten()
    {
        if (_state is { Health: PresetStoreHealth.Degraded, DatabasePath: { } path })
        {
            MarkAvailable(path);
        }
    }

    /// <summary>Throws <see cref="PresetStoreUnavailableException"/> unless the store is available.</summary>
    public void ThrowIfUnavailable()
    {
        if (_state is { Health: PresetStoreHealth.Unavailable } state)
        {
            throw new PresetStoreUnavailableException(state.Message, state.DatabasePath, state.Problem);
        }
    }

    /// <summary>
    /// Records what a failed call says about the store (damaged, missing, read-only...) and returns the refusal to
    /// throw in its place, or <c>null</c> when the failure says nothing about the store.
    /// </summary>
    public PresetStoreUnavailableException? Fault(Exception e) => PresetStoreFaults.Classify(e) is { } fault ? Fault(fault) : null;

    /// <summary>Records a fault found in the database; returns the refusal to throw.</summary>
    public PresetStoreUnavailableException Fault((PresetStoreHealth Health, string Problem) fault)
    {
        var (health, problem) = fault;
        if (health == PresetStoreHealth.Unavailable)
        {
            MarkUnavailable(DatabasePath, problem);
        }
        else
        {
            MarkDegraded(problem);
        }

        return Refusal(problem);
    }

    /// <summary>The exception a call refused for <paramref name="problem"/> throws.</summary>
    public PresetStoreUnavailableException Refusal(string problem) =>
        new(Describe("unavailable", problem, DatabasePath), DatabasePath, Capitalized(problem));

    private void Set(State state)
    {
        if (state == _state)
        {
            return;
        }

        _state = state;
        Changed?.Invoke();
    }

    private static string Describe(string health, string problem, string? databasePath) =>
        databasePath is null ? $"The preset store is {health}: {problem}" : $"The preset store is {health}: {problem} Database: '{databasePath}'.";

    private static string Capitalized(string problem) => problem.Length == 0 ? problem : char.ToUpperInvariant(problem[0]) + problem[1..];

    private sealed record State(PresetStoreHealth Health, string Message, string Problem, string? DatabasePath);
}
