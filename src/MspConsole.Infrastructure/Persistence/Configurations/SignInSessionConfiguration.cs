using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Sessions;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.HasKey(session => session.Id);
        builder.Property(session => session.Id).ValueGeneratedNever();
        builder.Property(session => session.UserObjectId).HasMaxLength(64);
        builder.Property(session => session.Roles).HasMaxLength(SignInSession.RolesMaxLength);
        builder.Property(session => session.EndReason).HasMaxLength(SignInSession.EndReasonMaxLength);
        builder.Ignore(session => session.IsActive);
        // A new sign-in ends the user's live sessions that carry other roles.
        builder.HasIndex(session => new { session.UserObjectId, session.EndedAt });
    }
}
