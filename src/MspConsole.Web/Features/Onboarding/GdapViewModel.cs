using MspConsole.Core.Onboarding;

namespace MspConsole.Web.Features.Onboarding;

public sealed record GdapViewModel(bool Configured, IReadOnlyList<PartnerCustomer> Customers, IReadOnlySet<Guid> Onboarded, string? Error, ImportReport? Report);
