using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class UserSearchTermConfiguration : IEntityTypeConfiguration<UserSearchTerm>
{
    /// <summary>Terms are lower-case letters and digits: a binary collation compares them by code point, so a prefix is
    /// the range [q, q + "{") on both providers (SQLite's default collation is binary too; see SqliteMspConsoleDbContext).</summary>
    public const string BinaryCollation = "Latin1_General_100_BIN2";

    public void Configure(EntityTypeBuilder<UserSearchTerm> builder)
    {
        // The search: a range seek on Term, full names first (IsFullName leads), then the user; clustered on SQL Server.
        builder.HasKey(term => new { term.IsFullName, term.Term, term.TenantUserId });
        builder.Property(term => term.Term).HasMaxLength(UserSearchTerm.TermMaxLength).IsUnicode().UseCollation(BinaryCollation);
        builder.HasOne<TenantUser>().WithMany().HasForeignKey(term => term.TenantUserId).OnDelete(DeleteBehavior.Cascade);
        // Rewriting one user's terms (the poll, the re-read) and the cascade from the user.
        builder.HasIndex(term => term.TenantUserId);
    }
}
