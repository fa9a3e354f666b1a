namespace MspConsole.Web.Features.Admin;

public sealed record ImportViewModel(int MaxKilobytes, int MaxRows, ImportReport? Report, bool ValidOnly);
