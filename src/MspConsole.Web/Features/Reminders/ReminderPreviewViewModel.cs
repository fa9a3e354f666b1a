using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Features.Reminders;

public sealed record ReminderPreviewViewModel(Guid TenantId, string TenantName, string Language, ContractOwner ContractOwner, string Contact, ReminderMailContent Content);
