using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Integrations;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(key => key.KeyHash).HasMaxLength(ApiKey.HashLength);
        builder.Property(key => key.Prefix).HasMaxLength(ApiKey.PrefixLength);
        builder.Property(key => key.AccountManagerObjectId).HasMaxLength(ApiKey.ObjectIdMaxLength);
        builder.Property(key => key.AccountManagerUpn).HasMaxLength(ApiKey.UpnMaxLength);
        builder.Property(key => key.CreatedBy).HasMaxLength(ApiKey.UpnMaxLength);
        builder.Ignore(key => key.IsAllTenants);

        // Every API request finds its key by the hash of the presented secret.
        builder.HasIndex(key => key.KeyHash).IsUnique();
    }
}
