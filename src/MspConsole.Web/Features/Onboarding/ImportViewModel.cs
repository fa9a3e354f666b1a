namespace MspConsole.Web.Features.Onboarding;

public sealed record ImportViewModel(int MaxKilobytes, int MaxRows, ImportReport? Report, bool ValidOnly);
