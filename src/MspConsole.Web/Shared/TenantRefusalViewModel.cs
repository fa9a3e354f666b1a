using MspConsole.Core.Tenants;

namespace MspConsole.Web.Shared;

public sealed record TenantRefusalViewModel(Guid TenantId, string TenantName, TenantStanding Standing, string BackUrl);
