using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Features.SignIn;

public sealed record SignInViewModel(IReadOnlyList<DevelopmentPersona> Personas, string ReturnUrl);
