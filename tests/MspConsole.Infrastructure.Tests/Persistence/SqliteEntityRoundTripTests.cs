using MspConsole.TestKit.Persistence;

namespace MspConsole.Infrastructure.Tests.Persistence;

public sealed class SqliteEntityRoundTripTests(SqliteFileDatabase database)
    : EntityRoundTripTests(database), IClassFixture<SqliteFileDatabase>;
