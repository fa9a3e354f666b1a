using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using MspConsole.Web.Features.Onboarding;

namespace MspConsole.Web.Shared;

/// <summary>Carries a confirmation and a connection test across the redirect after a POST (TempData, cookie-backed).</summary>
public static class AdminMessages
{
    private const string MessageKey = "Admin.Message";
    private const string TestKey = "Admin.Test";

    public static void SetMessage(this ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[MessageKey] = message;
    }

    public static string? TakeMessage(this ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[MessageKey] as string;
    }

    public static void SetTest(this ITempDataDictionary tempData, ConnectionReport report)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[TestKey] = JsonSerializer.Serialize(report);
    }

    public static ConnectionReport? TakeTest(this ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[TestKey] is string json ? JsonSerializer.Deserialize<ConnectionReport>(json) : null;
    }
}
