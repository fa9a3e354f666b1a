namespace MspConsole.Web.Features.Search;

public sealed record SearchViewModel(string Query, IReadOnlyList<SearchResult> Results, bool MoreThanShown);
