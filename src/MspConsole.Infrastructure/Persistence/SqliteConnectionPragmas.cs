using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings (the database runs in WAL, set once by <see cref="DatabaseMigrator"/>).
/// synchronous=NORMAL: in WAL a commit no longer waits for the disk; a power cut may lose the last commits, never the
/// file's integrity, and a poll repeats what it lost. busy_timeout: a writer waiting for another's write lock is woken
/// by SQLite as soon as it is free; without it Microsoft.Data.Sqlite retries a busy write every 150 ms, which made
/// four poll workers spend most of their time asleep (profile of 2026-12-06).
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
