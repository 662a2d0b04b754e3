using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>
/// For a failing browser test: a screenshot and the page's console errors and failed requests, written next to the
/// test results ($TMPDIR/chatbot-browser-failures), named in the failure message.
/// </summary>
public static class PageDiagnostics
{
    private static readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> Logs = new();

    public static void Watch(IPage page)
    {
        var log = Logs.GetOrCreateValue(page);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") log.Enqueue($"console.{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => log.Enqueue("pageerror: " + error);
        page.Response += (_, response) => { if (response.Status >= 400) log.Enqueue($"HTTP {response.Status} {response.Request.Method} {response.Url}"); };
    }

    /// <summary>Runs the test body; on failure adds a screenshot and the page's log to the exception.</summary>
    public static async Task RunAsync(Func<Task> body, Func<IEnumerable<IPage>> pages, [CallerMemberName] string test = "")
    {
        try
        {
            await body();
        }
        catch (Exception failure)
        {
            var folder = Path.Combine(Path.GetTempPath(), "chatbot-browser-failures");
            Directory.CreateDirectory(folder);
            var notes = new List<string>();
            var n = 0;
            foreach (var page in pages())
            {
                var file = Path.Combine(folder, $"{test}-{n++}.png");
                try
                {
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 5000 });
                    notes.Add($"screenshot: {file} ({page.Url})");
                }
                catch (PlaywrightException)
                {
                    notes.Add($"no screenshot of {page.Url}");
                }

                if (!Logs.TryGetValue(page, out var log)) continue;
                notes.AddRange(log.Where(l => l.StartsWith("pageerror", StringComparison.Ordinal)).Take(10));
                notes.AddRange(log.Where(l => !l.StartsWith("pageerror", StringComparison.Ordinal)).Distinct().TakeLast(20));
            }

            throw new InvalidOperationException(failure.Message + Environment.NewLine + string.Join(Environment.NewLine, notes), failure);
        }
    }
}
