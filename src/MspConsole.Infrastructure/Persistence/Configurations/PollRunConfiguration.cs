using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class PollRunConfiguration : IEntityTypeConfiguration<PollRun>
{
    public void Configure(EntityTypeBuilder<PollRun> builder)
    {
        builder.HasKey(run => run.Id);
        builder.Property(run => run.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(run => run.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(run => run.DataSource).HasConversion<string>().HasMaxLength(32);
        builder.Property(run => run.Error).HasMaxLength(PollRun.ErrorMaxLength);
        builder.Property(run => run.GraphRequestId).HasMaxLength(64);
        builder.Ignore(run => run.Duration);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(run => run.TenantId).OnDelete(DeleteBehavior.Cascade);

        // The tenant page shows its latest runs.
        builder.HasIndex(run => new { run.TenantId, run.StartedAt });
    }
}
