using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Actions;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class ActionRequestConfiguration : IEntityTypeConfiguration<ActionRequest>
{
    public void Configure(EntityTypeBuilder<ActionRequest> builder)
    {
        builder.HasKey(request => request.Id);
        builder.Property(request => request.TargetUserObjectId).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.TargetUpn).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(request => request.Parameters).HasMaxLength(ActionRequest.ParametersMaxLength);
        builder.Property(request => request.Reason).HasMaxLength(ActionRequest.TextMaxLength);
        builder.Property(request => request.TicketReference).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.CallerVerification).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.RequestedByObjectId).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.RequestedByUpn).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.RequestedByRole).HasMaxLength(32);
        builder.Property(request => request.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(request => request.DecidedByObjectId).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.DecidedByUpn).HasMaxLength(ActionRequest.ShortTextMaxLength);
        builder.Property(request => request.DecisionNote).HasMaxLength(ActionRequest.TextMaxLength);
        builder.Property(request => request.Version).IsConcurrencyToken();
        builder.Ignore(request => request.IsPending);
        builder.Ignore(request => request.IsIssuable);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(request => request.TenantId).OnDelete(DeleteBehavior.Cascade);

        // The approvals page and the expiry sweep: pending requests, oldest first.
        builder.HasIndex(request => new { request.Status, request.RequestedAt });
    }
}
