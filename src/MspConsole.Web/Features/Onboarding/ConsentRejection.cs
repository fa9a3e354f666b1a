namespace MspConsole.Web.Features.Onboarding;

/// <summary>Why a consent callback was not accepted (the rejection page says which).</summary>
public enum ConsentRejection
{
    /// <summary>Missing, forged, expired, another admin's, or for another tenant.</summary>
    Unmatched,
    /// <summary>The state was already used by an earlier callback.</summary>
    AlreadyUsed,
}
