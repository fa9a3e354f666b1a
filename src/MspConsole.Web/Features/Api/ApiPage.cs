namespace MspConsole.Web.Features.Api;

/// <summary>One page of a list; <see cref="Next"/> is the absolute link to the next page, null on the last.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next);
