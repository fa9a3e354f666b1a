using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Admin;

/// <summary>"A file with any problem imports nothing" holds when a second admin adds one of the file's tenants between the
/// import's check and its write: nothing of the file is committed, and the page says so.</summary>
public sealed class ImportConcurrencyTests
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_WhenAnotherAdminAddsOneOfTheFilesTenantsMeanwhile_WritesNothingOfTheFile_AndSaysSo()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 12, Seed = 5 }, cancellation);
        await using var database = await SqliteTestDatabase.CreateAsync(cancellation);
        var tenants = simulator.State.GetTenantSummaries();
        var last = tenants[^1];
        var concurrent = new ConcurrentAdmin(database, new TenantBuilder().WithId(last.Id).Named("Added by Bea", last.DefaultDomain).Build());
        await using var app = new ConsoleAppFactory(AdminFixture.HostOptions(database.ConnectionString, simulator)).WithWebHostBuilder(builder =>
        {
            // Small batches: before the fix, the batches before the clash were committed.
            builder.UseSetting("Onboarding:ImportBatchSize", "3");
            builder.UseSetting("Simulator:SeedDemoTenants", "false");
            builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteMspConsoleDbContext>(options => options.AddInterceptors(concurrent)));
        });
        using var admin = new AdminClient(await app.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation));
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        var file = Encoding.UTF8.GetBytes("TenantId,Name\r\n" + string.Concat(tenants.Select(t => $"{t.Id},Import {t.DisplayName}\r\n")));
        concurrent.Armed = true;

        using var response = await admin.UploadAsync(file, "import");

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));
        Assert.True(concurrent.Inserted);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("nothing of the file was written", page, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var ids = tenants.Select(t => t.Id).ToList();
        Assert.Equal(["Added by Bea"], await db.Tenants.Where(t => ids.Contains(t.Id)).Select(t => t.DisplayName).ToListAsync(cancellation));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == OnboardingAuditActions.TenantOnboarded || e.Action == OnboardingAuditActions.TenantsImported, cancellation));
    }

    /// <summary>Commits the tenant, on its own connection, just before the import's transaction begins: after the check, before the write.</summary>
    private sealed class ConcurrentAdmin(SqliteTestDatabase database, Tenant tenant) : DbTransactionInterceptor
    {
        public bool Armed { get; set; }

        public bool Inserted { get; private set; }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Armed && !Inserted)
            {
                Inserted = true;
                await using var db = database.CreateContext();
                db.Tenants.Add(tenant);
                await db.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
