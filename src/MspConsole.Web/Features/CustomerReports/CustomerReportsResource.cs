namespace MspConsole.Web.Features.CustomerReports;

/// <summary>Marker for the customer report mail's and settings page's strings (Resources/Features/CustomerReports). Keys are the English text.</summary>
public sealed class CustomerReportsResource;
