using MspConsole.TestKit.Persistence;

namespace MspConsole.Infrastructure.Tests.Persistence;

public sealed class SqlServerEntityRoundTripTests(SqlServerContainerDatabase database)
    : EntityRoundTripTests(database), IClassFixture<SqlServerContainerDatabase>;
