using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Reports;

/// <summary>
/// Issue 14's done-when: the customer report of the largest demo customer (1,241 users), printed to PDF by Chromium in Dutch and
/// French, fits in six A4 pages, no two report blocks overlap in print media, and every chart keeps every label.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CustomerReportBrowserTests(BrowserFixture fixture)
{
    private const int MaxPages = 6;

    [Fact]
    public async Task Report_OpenedWithoutALanguage_IsInTheTenantsLanguage()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync($"/tenants/{fixture.Data.Kilo}/report");

        await Assertions.Expect(page).ToHaveURLAsync(FrenchCulture());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(page.Locator("#advice-heading")).ToHaveTextAsync("Que faire");
    }

    [Theory]
    [InlineData("nl-BE", "Wat te doen")]
    [InlineData("fr-BE", "Que faire")]
    public async Task Report_OfTheLargestCustomer_PrintsOnAtMostSixA4PagesWithoutOverlapsAndWithEveryChartLabel(string culture, string adviceHeading)
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync($"/tenants/{fixture.Data.Kilo}/report?culture={culture}");
        await Assertions.Expect(page.Locator("#advice-heading")).ToHaveTextAsync(adviceHeading);
        await Assertions.Expect(page.GetByTestId("tenant-users")).ToHaveTextAsync(new Regex($"1.?241"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

        var labels = await page.EvaluateAsync<string[]>(ChartLabelProblemsScript);
        var overlaps = await page.EvaluateAsync<string[]>(BlockOverlapScript);
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Path = Path.Combine(Chromium.ScreenshotFolder, $"report-{culture}.pdf") });

        Assert.True(labels.Length == 0, "chart labels missing:\n" + string.Join("\n", labels));
        Assert.True(overlaps.Length == 0, "report blocks overlap in print media:\n" + string.Join("\n", overlaps));
        Assert.InRange(PageCount(pdf), 3, MaxPages);
    }

    /// <summary>Chromium writes each page as an uncompressed "/Type /Page" dictionary (the page tree is "/Type /Pages").</summary>
    private static int PageCount(byte[] pdf) => PdfPage().Count(Encoding.Latin1.GetString(pdf));

    private const string ChartLabelProblemsScript = """
        () => Array.from(document.querySelectorAll('canvas[data-chart]')).flatMap(canvas => {
          const chart = window.Chart && window.Chart.getChart(canvas);
          if (!chart) { return ['no chart drawn on ' + canvas.dataset.chartTable]; }
          const rows = document.querySelectorAll('#' + canvas.dataset.chartTable + ' tbody tr').length;
          const axis = chart.options.indexAxis === 'y' ? chart.scales.y : chart.scales.x;
          const shown = axis.ticks.filter(tick => tick.label !== undefined && tick.label !== '').length;
          return shown === rows && rows > 0 ? [] : [canvas.dataset.chartTable + ': ' + shown + ' labels for ' + rows + ' rows'];
        })
        """;

    /// <summary>Top-level report blocks must not intersect, and nothing inside a block may stick out of it (a chart drawn over the next table).</summary>
    private const string BlockOverlapScript = """
        () => {
          const blocks = Array.from(document.querySelectorAll('[data-report-block]')).filter(block => !block.parentElement.closest('[data-report-block]'));
          const boxOf = element => { const r = element.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right }; };
          const nameOf = element => ((element.querySelector('h1, h2, h3') || element).textContent || element.tagName).trim().replace(/\s+/g, ' ').slice(0, 50);
          const problems = [];
          const boxes = blocks.map(boxOf);
          for (let i = 0; i < boxes.length; i++) {
            if (boxes[i].bottom - boxes[i].top < 1) { problems.push('empty block: ' + nameOf(blocks[i])); }
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                problems.push(nameOf(blocks[i]) + ' overlaps ' + nameOf(blocks[j]));
              }
            }
            blocks[i].querySelectorAll('canvas, table, figure, ul, ol, p, h1, h2, h3').forEach(inner => {
              const box = boxOf(inner);
              if (box.bottom - box.top > 0 && (box.left < boxes[i].left - 1 || box.right > boxes[i].right + 1 || box.top < boxes[i].top - 1 || box.bottom > boxes[i].bottom + 1)) {
                problems.push(inner.tagName + ' sticks out of ' + nameOf(blocks[i]));
              }
            });
          }
          return problems;
        }
        """;

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{DevelopmentPersonas.Helpdesk.Key}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tenant-table")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();

    [GeneratedRegex("culture=fr-BE")]
    private static partial Regex FrenchCulture();
}
