using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Web.Data;

/// <summary>Whether an open connection's database file is still the file at its path, and still a database.</summary>
internal static class SqliteFile
{
    private static readonly byte[] HeaderMagic = "SQLite format 3\0"u8.ToArray();

    // SQLITE_FCNTL_HAS_MOVED: true when the path no longer leads to the open file (unlinked, renamed or replaced).
    private const int HasMovedOperation = 20;

    /// <summary>
    /// Whether <paramref name="connection"/>'s main file was deleted, renamed or replaced since it was opened. Where
    /// SQLite's own check is not available, a file missing at <paramref name="path"/> counts as moved.
    /// </summary>
    public static bool HasMoved(SqliteConnection connection, string path)
    {
        try
        {
            var moved = 0;
            if (sqlite3_file_control(connection.Handle!.DangerousGetHandle(), "main", HasMovedOperation, ref moved) == 0)
            {
                return moved != 0;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A SQLite build other than the bundled e_sqlite3.
        }

        return !File.Exists(path);
    }

    /// <summary>
    /// What makes the file unfit to write to, or <c>null</c>: it was deleted or replaced since <paramref name="connection"/>
    /// opened it, or its header is no longer a SQLite header (SQLite would go on using its cached pages, unseen).
    /// </summary>
    public static (PresetStoreHealth Health, string Problem)? Check(SqliteConnection connection, string path)
    {
        if (HasMoved(connection, path))
        {
            return PresetStoreFaults.Moved;
        }

        var header = new byte[HeaderMagic.Length];
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        return header.AsSpan().SequenceEqual(HeaderMagic) ? null : PresetStoreFaults.NotADatabase;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_file_control(IntPtr db, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, int operation, ref int result);
}
