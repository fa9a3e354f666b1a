using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>
/// Inserts rows of one entity type on SQLite through one prepared statement, bound and stepped once per row, built from the
/// EF model (columns, value converters) so that a row reads back as if EF had written it; a generated key is read back with
/// RETURNING and set on the entity. Runs on the context's connection and transaction, bypassing the change tracker, so the
/// caller moves the stored figures itself.
/// Why not SaveChanges: EF sends a page's inserts as one command of many statements, and Microsoft.Data.Sqlite looks every
/// parameter of the command up by name in each statement, a cost that grows with the square of the page (with the change
/// tracking, most of a first poll's CPU in the profile of 2026-12-06).
/// </summary>
internal sealed class SqliteRowInserter<TEntity> : IAsyncDisposable where TEntity : class
{
    private readonly DbCommand command;
    private readonly IReadOnlyList<(IProperty Property, ValueConverter? Converter, DbParameter Parameter)> columns;
    private readonly IProperty? generatedKey;

    private SqliteRowInserter(DbCommand command, IReadOnlyList<(IProperty, ValueConverter?, DbParameter)> columns, IProperty? generatedKey)
    {
        (this.command, this.columns, this.generatedKey) = (command, columns, generatedKey);
    }

    /// <summary>The context must have its connection open (a transaction of the caller's holds it).</summary>
    public static SqliteRowInserter<TEntity> Create(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? typeof(TEntity).Name, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var generatedKey = entity.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
        var properties = entity.GetProperties().Where(property => property != generatedKey).ToList();

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = properties.Select((property, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            return (property, property.GetTypeMapping().Converter, parameter);
        }).ToList();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(property => sql.DelimitIdentifier(property.GetColumnName(table) ?? property.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(column => column.parameter.ParameterName))})" +
            (generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table) ?? generatedKey.Name)}");
        return new SqliteRowInserter<TEntity>(command, columns, generatedKey);
    }

    public async Task InsertAsync(TEntity row, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite keeps the statement prepared while the text stays the same; only the values are bound anew,
        // converted as EF converts them (times as ticks, enums as text, the method list as one string).
        foreach (var (property, converter, parameter) in columns)
        {
            var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
            parameter.Value = (value is null ? null : converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
        }

        if (generatedKey is null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var key = await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"No key returned for a new {typeof(TEntity).Name}.");
        // The key's setter is private to the entity, as EF itself sets it.
        generatedKey.PropertyInfo?.SetValue(row, Convert.ChangeType(key, generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
