namespace MspConsole.Web.Features.Onboarding;

public sealed record AdminListViewModel(string? Q, bool Offboarded, int Page, int PageCount, int Total, IReadOnlyList<AdminTenantRow> Rows, bool GdapConfigured, string? Message);
