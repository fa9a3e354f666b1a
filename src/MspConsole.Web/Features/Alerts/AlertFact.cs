namespace MspConsole.Web.Features.Alerts;

public sealed record AlertFact(string Label, string Value);
