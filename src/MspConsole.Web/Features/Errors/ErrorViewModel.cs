namespace MspConsole.Web.Features.Errors;

public sealed record ErrorViewModel(int StatusCode, string CorrelationId);
