namespace MspConsole.GraphSimulator.Control;

/// <summary>Body of the control API's user change: an admin disables (<c>false</c>) or enables (<c>true</c>) the account.</summary>
public sealed record UserPatch(bool? AccountEnabled);
