namespace MspConsole.GraphSimulator.Model;

/// <summary>A built-in Entra role: its immutable template id, Graph's display name, and whether the simulator's
/// registration report counts a holder as an admin (<c>isAdmin</c>).</summary>
public sealed record DirectoryRoleTemplate(string TemplateId, string DisplayName, string Description, bool Privileged);
