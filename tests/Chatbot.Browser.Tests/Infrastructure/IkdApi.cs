using System.Text.Json;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>
/// Calls to /api/ikd from a signed-in page's own context (its cookie, the X-CSRF-TOKEN header from /api/antiforgery):
/// what a test prepares without clicking through the pages (sessions of other tests, group bookings, outcomes).
/// </summary>
public static class IkdApi
{
    /// <summary>Tomorrow in office time (Asia/Jakarta): a session there is bookable whenever the tests run.</summary>
    public static DateOnly Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);

    /// <summary>Today in office time.</summary>
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<JsonElement> PostAsync(IPage page, string path, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var token = await page.APIRequest.GetAsync("/api/antiforgery");
        var csrf = (await token.JsonAsync())!.Value.GetProperty("token").GetString()!;
        var options = new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = csrf } };
        if (body is not null) options.DataObject = body;
        var response = await page.APIRequest.PostAsync(path, options);
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>A session tomorrow 09:00-12:00 with two officers (100 seats); its id.</summary>
    public static async Task<string> CreateSessionAsync(IPage page, string areaId, string place, string? reservedFor = null)
    {
        var session = await PostAsync(page, "/api/ikd/sessions", new
        {
            areaId,
            placeKind = reservedFor is null ? "Kecamatan" : "Institution",
            place,
            date = Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            startTime = "09:00",
            endTime = "12:00",
            officers = new[] { "Andi", "Budi" },
            peoplePerOfficer = 50,
            reservedFor,
        });
        return session.GetProperty("id").GetString()!;
    }

    public static Task<JsonElement> RecordOutcomeAsync(IPage page, string bookingCode, string status, string? failure = null) =>
        PostAsync(page, "/api/ikd/bookings/" + bookingCode + "/outcome", new { status, failure });

    /// <summary>The page fits its viewport: nothing to scroll sideways.</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page, string when)
    {
        ArgumentNullException.ThrowIfNull(page);
        var sizes = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"{when}: the page scrolls sideways ({sizes[0]} > {sizes[1]}).");
    }
}
