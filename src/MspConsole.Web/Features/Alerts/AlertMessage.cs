using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <summary>An alert message as people read it, in the rule's language: the mail's subject and body, the card's title and text.</summary>
public sealed record AlertMessage(AlertEvent Event, string Culture, string Title, string Text, IReadOnlyList<AlertFact> Facts, string Link, string LinkText);
