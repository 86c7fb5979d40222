using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// The preset database's connection string, read from <c>ConnectionStrings:Presets</c> and made absolute. Disposed with
/// the app's services, it closes the idle pooled connections to this file: the file is free to move or delete, as after
/// a process exit, and other stores' pools in the same process are left alone.
/// </summary>
/// <param name="ConnectionString">What SQLite connections use.</param>
/// <param name="DatabasePath">The database file's full path.</param>
public sealed record PresetStoreConnection(string ConnectionString, string DatabasePath) : IDisposable
{
    /// <summary>
    /// Written beside the database when it is created. While it exists, a missing database is an error, not a reason
    /// to start afresh with an empty one: the team's presets were there and may be restored.
    /// </summary>
    public string MarkerPath => DatabasePath + ".store";

    /// <summary>The connection string that may create the file, for start-up only: unpooled, so it holds nothing open after.</summary>
    public string CreatingConnectionString =>
        new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();

    /// <summary>Closes this file's idle pooled connections; in-use ones close when returned.</summary>
    public void ReleasePooledConnections()
    {
        using var pooled = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(pooled);
    }

    public void Dispose() => ReleasePooledConnections();

    public const string Name = "Presets";
    public const string Setting = "ConnectionStrings:" + Name;
    public const string LocalApplicationDataToken = "{LocalApplicationData}";

    /// <summary>How long a command waits for a lock (Microsoft.Data.Sqlite retries SQLITE_BUSY until then), unless the string says.</summary>
    public const int DefaultTimeoutSeconds = 30;

    private static readonly string[] TimeoutKeywords = ["Default Timeout", "DefaultTimeout", "Command Timeout"];

    /// <summary>Reads and expands the setting; a missing setting is an error that names it.</summary>
    public static PresetStoreConnection FromConfiguration(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(Name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The preset store needs the connection string '{Setting}'. Add it to appsettings.json, for example " +
                $"\"ConnectionStrings\": {{ \"{Name}\": \"Data Source={LocalApplicationDataToken}/MultiStageBuild/presets.db\" }}.");
        }

        return Parse(value);
    }

    /// <summary>Expands <c>{LocalApplicationData}</c>, makes the file path absolute and adds a default timeout.</summary>
    public static PresetStoreConnection Parse(string connectionString)
    {
        if (connectionString.Contains(LocalApplicationDataToken, StringComparison.OrdinalIgnoreCase))
        {
            var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(folder))
            {
                throw new InvalidOperationException(
                    $"'{Setting}' uses {LocalApplicationDataToken}, but this system has no local application data folder; give a full path instead.");
            }

            connectionString = connectionString.Replace(LocalApplicationDataToken, folder, StringComparison.OrdinalIgnoreCase);
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"'{Setting}' must name a database file with Data Source=path; '{dataSource}' is not one.");
        }

        builder.DataSource = Path.GetFullPath(dataSource);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!TimeoutKeywords.Any(given.ContainsKey))
        {
            builder.DefaultTimeout = DefaultTimeoutSeconds;
        }

        // Connections never create the file: start-up does, once, so a file deleted later is not silently replaced by an empty one.
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return new PresetStoreConnection(builder.ToString(), builder.DataSource);
    }
}
