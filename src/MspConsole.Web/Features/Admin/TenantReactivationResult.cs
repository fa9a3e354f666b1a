using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.Admin;

public sealed record TenantReactivationResult(bool AsNew, ConnectionTestResult Connection);
