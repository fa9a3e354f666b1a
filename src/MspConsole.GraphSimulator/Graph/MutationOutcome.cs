using System.Text.Json.Nodes;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Result of a method mutation computed under the tenant lock; turned into an HTTP response afterwards.</summary>
internal sealed record MutationOutcome(int Status, string? ErrorCode = null, string? Message = null, JsonObject? Body = null, Guid? UserId = null, string? Detail = null)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static MutationOutcome Fail(int status, string code, string message) => new(status, code, message);

    public static MutationOutcome BadRequest(string message) => new(400, "BadRequest", message);
}
