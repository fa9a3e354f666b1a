using MspConsole.TestKit.Database;

namespace MspConsole.Infrastructure.Tests.Persistence;

public sealed class SqliteEntityRoundTripTests(SqliteTestDatabase database)
    : EntityRoundTripTests(database), IClassFixture<SqliteTestDatabase>;
