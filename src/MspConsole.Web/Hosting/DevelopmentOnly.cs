namespace MspConsole.Web.Hosting;

/// <summary>
/// Features that let anyone in (the persona sign-in) or fake Microsoft Graph (the embedded simulator, demo tenants)
/// run in the Development environment only, which the tests use too. Every other name is refused, not only
/// "Production": a "Staging" or "Prod" deployment is as reachable as a production one.
/// </summary>
public static class DevelopmentOnly
{
    public static void Ensure(IHostEnvironment environment, string setting, string why)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{setting} is on in the '{environment.EnvironmentName}' environment; it is allowed in Development only. {why}");
        }
    }
}
