namespace MspConsole.Core.Users;

/// <summary>A normalized search key of a user; <paramref name="IsFullName"/> for the whole display name or UPN.</summary>
public sealed record SearchTerm(string Text, bool IsFullName);
