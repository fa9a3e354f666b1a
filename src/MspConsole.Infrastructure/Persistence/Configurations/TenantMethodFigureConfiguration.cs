using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Figures;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class TenantMethodFigureConfiguration : IEntityTypeConfiguration<TenantMethodFigure>
{
    public void Configure(EntityTypeBuilder<TenantMethodFigure> builder)
    {
        // The key serves the per-save increment (one tenant, one method) and the tenant page's chart (one tenant's methods).
        builder.HasKey(figure => new { figure.TenantId, figure.Method });
        builder.Property(figure => figure.Method).HasMaxLength(TenantMethodFigure.MethodMaxLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(figure => figure.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
