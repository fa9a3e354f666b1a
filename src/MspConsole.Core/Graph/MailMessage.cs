namespace MspConsole.Core.Graph;

public sealed record MailMessage(string Subject, string Body, bool IsHtml, string ToAddress, string? ToName);
