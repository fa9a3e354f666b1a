using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.TenantSettings;

public sealed record TenantReactivationResult(bool AsNew, ConnectionTestResult Connection);
