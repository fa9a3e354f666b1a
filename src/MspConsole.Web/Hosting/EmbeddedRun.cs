using MspConsole.GraphSimulator;

namespace MspConsole.Web.Hosting;

/// <summary>The started embedded simulator: its host, its root URL, and the MSP sender mailbox it added (when none was configured).</summary>
public sealed record EmbeddedRun(SimulatorHost Host, string BaseUrl, (Guid TenantId, string Mailbox)? Sender);
