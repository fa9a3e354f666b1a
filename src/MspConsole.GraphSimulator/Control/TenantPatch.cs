namespace MspConsole.GraphSimulator.Control;

/// <summary>Body of PATCH /_simulator/tenants/{id}: flags to change (null leaves them).</summary>
public sealed record TenantPatch(bool? Consented, bool? Licensed, bool? SecurityDefaults);
