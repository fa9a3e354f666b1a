using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Figures;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class TenantFiguresConfiguration : IEntityTypeConfiguration<TenantFigures>
{
    public void Configure(EntityTypeBuilder<TenantFigures> builder)
    {
        builder.HasKey(figures => figures.TenantId);
        builder.Property(figures => figures.TenantId).ValueGeneratedNever();
        builder.Ignore(figures => figures.Counts);
        builder.HasOne<Tenant>().WithOne().HasForeignKey<TenantFigures>(figures => figures.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
