using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Reports;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>The customer report's state on the tenant's admin page: on or off, the last send, and a failure that retries did not fix.</summary>
public sealed class CustomerReportStatusViewComponent(MspConsoleDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid tenantId)
    {
        var subscription = await db.CustomerReportSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, HttpContext.RequestAborted)
            ?? new CustomerReportSubscription(tenantId);
        return View("~/Features/CustomerReports/_Status.cshtml", subscription);
    }
}
