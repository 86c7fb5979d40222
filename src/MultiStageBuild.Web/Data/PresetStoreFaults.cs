using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Web.Data;

/// <summary>What a failure of the database means for the store, worded without the file's path.</summary>
internal static class PresetStoreFaults
{
    public static readonly (PresetStoreHealth Health, string Problem) Moved = (PresetStoreHealth.Unavailable,
        "the database file was deleted or replaced while the app was running; nothing more is written to it. Put the file back " +
        "(or restore it from a backup): the store reopens it on its own.");

    public static readonly (PresetStoreHealth Health, string Problem) NotADatabase =
        (PresetStoreHealth.Unavailable, "the file is not a SQLite database (it may be damaged, or another kind of file).");

    /// <summary>How a failure leaves the store and why, or <c>null</c> when it says nothing about the store's health.</summary>
    public static (PresetStoreHealth Health, string Problem)? Classify(Exception e)
    {
        var sqlite = Find<SqliteException>(e);
        return sqlite?.SqliteErrorCode switch
        {
            11 => (PresetStoreHealth.Unavailable, "the database file is damaged (SQLite reports it corrupt); restore it from a backup."),
            26 => NotADatabase,
            14 => (PresetStoreHealth.Unavailable, "the database file cannot be opened; check that it exists and that its folder is writable."),
            8 => (PresetStoreHealth.Degraded, "the database file is read-only: reads work, saves fail until it is writable."),
            13 => (PresetStoreHealth.Degraded, "the disk holding the database is full: reads work, saves fail until there is room."),
            10 => (PresetStoreHealth.Degraded, "the database file could not be read or written (an I/O error)."),
            _ => null,
        };
    }

    /// <summary>Why the store could not be opened at start-up (or on a retry).</summary>
    public static string DescribeStartup(Exception e) => Classify(e)?.Problem ?? (Find<SqliteException>(e)?.SqliteErrorCode switch
    {
        5 or 6 => "the database file is locked by another process.",
        _ when e is UnauthorizedAccessException or IOException => $"its folder cannot be created or written ({e.Message}).",
        _ => $"the database could not be opened or migrated ({e.Message}).",
    });

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
