using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Reads <c>$top</c>, <c>$filter</c>, <c>$select</c>, <c>$orderby</c> and <c>$skiptoken</c> of a collection request.</summary>
internal sealed record PageRequest(string? AfterKey, string? Filter, int PageSize, string? Select, string? OrderBy = null)
{
    public const int MaxPageSize = 999;

    /// <summary>The page request, or an error message for a 400.</summary>
    public static (PageRequest? Page, string? Error) Read(HttpRequest request, int defaultPageSize)
    {
        var query = request.Query;
        if (query.TryGetValue("$skiptoken", out var skip))
        {
            return SkipToken.Decode(skip.ToString()) is { } token
                ? (new PageRequest(token.AfterKey, token.Filter, token.PageSize, token.Select, token.OrderBy), null)
                : (null, "Invalid $skiptoken value.");
        }

        var pageSize = defaultPageSize;
        if (query.TryGetValue("$top", out var top))
        {
            if (!int.TryParse(top.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1)
            {
                return (null, $"Invalid page size specified: '{top}'. Must be between 1 and {MaxPageSize}.");
            }

            pageSize = Math.Min(pageSize, MaxPageSize);
        }

        var filter = query.TryGetValue("$filter", out var f) ? f.ToString() : null;
        var select = query.TryGetValue("$select", out var s) ? s.ToString() : null;
        var orderBy = query.TryGetValue("$orderby", out var o) ? o.ToString() : null;
        return (new PageRequest(null, NullIfBlank(filter), pageSize, NullIfBlank(select), NullIfBlank(orderBy)), null);
    }

    public string NextLink(HttpRequest request, string path, string lastKey) =>
        $"{GraphLinks.BaseUrl(request)}{GraphLinks.Version(request)}/{path}?$skiptoken={SkipToken.Escape(new SkipToken(lastKey, Filter, PageSize, Select, OrderBy).Encode())}";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
