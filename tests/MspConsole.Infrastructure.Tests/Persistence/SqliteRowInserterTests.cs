using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;

namespace MspConsole.Infrastructure.Tests.Persistence;

/// <summary>A first poll writes its users through a prepared insert built from the model: each row must be what
/// SaveChanges would have written (converters for times, enums and the method list included).</summary>
public sealed class SqliteRowInserterTests
{
    [Fact]
    public async Task AUserInsertedByThePreparedStatement_IsStoredAsSaveChangesStoresIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var tenant = new TenantBuilder().Build();
        await database.SeedAsync([tenant], cancellationToken);
        User(tenant.Id, "by-ef", out var byEf);
        User(tenant.Id, "by-insert", out var byInsert);

        await using (var db = database.CreateContext())
        {
            db.TenantUsers.Add(byEf);
            await db.SaveChangesAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using (var inserter = SqliteRowInserter<TenantUser>.Create(db))
            {
                await inserter.InsertAsync(byInsert, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        Assert.True(byInsert.Id > byEf.Id, $"the generated key was not set on the entity ({byInsert.Id})");
        var efRow = await RowAsync(database, byEf.Id, cancellationToken);
        var insertedRow = await RowAsync(database, byInsert.Id, cancellationToken);
        Assert.Equal(efRow.Keys, insertedRow.Keys);
        foreach (var column in efRow.Keys.Except(["Id", "ObjectId"]))
        {
            Assert.True(Equals(efRow[column], insertedRow[column]), $"{column}: SaveChanges stored '{efRow[column]}', the insert '{insertedRow[column]}'");
        }
    }

    private static void User(Guid tenantId, string objectId, out TenantUser user)
    {
        user = new TenantUserBuilder(tenantId).WithObjectId(objectId).Named("Élise D'Hondt", "elise@example.test")
            .WithMethods(RegisteredMethod.MicrosoftAuthenticatorPush, RegisteredMethod.MobilePhone).AsAdmin().Excluded("Break-glass account").Build();
        user.SetPreferredLanguage("nl-BE");
        user.SeenInDirectory(accountEnabled: false, TestClock.Now);
    }

    private static async Task<Dictionary<string, object>> RowAsync(SqliteTestDatabase database, long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM TenantUsers WHERE Id = {id}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Assert.True(await reader.ReadAsync(cancellationToken));
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
    }
}
