using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The GDAP customers the admin picked, with the settings they all get (editable per tenant afterwards).</summary>
public sealed record GdapImportInput
{
    public Guid[] Selected { get; init; } = [];

    public string Language { get; init; } = SupportedLanguage.Dutch;

    public string? Tags { get; init; }
}
