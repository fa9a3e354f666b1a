using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Actions;

public sealed record BulkUser(string ObjectId, string Upn, string DisplayName, MfaStatus Status);
