using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Actions;
using MspConsole.Core.Alerts;
using MspConsole.Core.Audit;
using MspConsole.Core.Figures;
using MspConsole.Core.Integrations;
using MspConsole.Core.Polling;
using MspConsole.Core.Reminders;
using MspConsole.Core.Reports;
using MspConsole.Core.Sessions;
using MspConsole.Core.Snapshots;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>
/// The console's database. This type carries the SQL Server migrations; <see cref="SqliteMspConsoleDbContext"/>
/// carries the SQLite ones, so each provider has its own migration set and snapshot.
/// </summary>
public class MspConsoleDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<AccountManagerAssignment> AccountManagerAssignments => Set<AccountManagerAssignment>();

    public DbSet<TenantUser> TenantUsers => Set<TenantUser>();

    public DbSet<UserSearchTerm> UserSearchTerms => Set<UserSearchTerm>();


    public DbSet<TenantMethodFigure> TenantMethodFigures => Set<TenantMethodFigure>();

    public DbSet<TenantSnapshot> TenantSnapshots => Set<TenantSnapshot>();

    public DbSet<PollRun> PollRuns => Set<PollRun>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<ReminderPolicy> ReminderPolicies => Set<ReminderPolicy>();

    public DbSet<ActionRequest> ActionRequests => Set<ActionRequest>();

    public DbSet<TenantActionPolicy> TenantActionPolicies => Set<TenantActionPolicy>();

    public DbSet<ActionReceipt> ActionReceipts => Set<ActionReceipt>();

    public DbSet<ReminderBatch> ReminderBatches => Set<ReminderBatch>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    /// <summary>The ASP.NET Core Data Protection key ring, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<CustomerReportSubscription> CustomerReportSubscriptions => Set<CustomerReportSubscription>();
    public DbSet<AlertRule> AlertRules => Set<AlertRule>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    /// <summary>What the running save moves in the tenants' figures; see <see cref="Figures.TenantFiguresInterceptor"/>.</summary>
    internal Figures.PendingFigures? PendingFigures { get; set; }

    /// <summary>Adds the figures interceptor to contexts made without <see cref="PersistenceRegistration"/> (tests, tools). The
    /// registration adds it to the shared options itself: changing the options here makes a new options object per context, which
    /// EF then looks up in its service provider cache on every request.</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?.Contains(Figures.TenantFiguresInterceptor.Instance) != true)
        {
            optionsBuilder.AddInterceptors(Figures.TenantFiguresInterceptor.Instance);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MspConsoleDbContext).Assembly);
}
