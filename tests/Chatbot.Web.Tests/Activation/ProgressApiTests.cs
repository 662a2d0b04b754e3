using System.Globalization;
using System.Net;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>The supervisor's progress report, fed by the outcomes the officers record (corrections included), as JSON and as CSV.</summary>
[Collection(WebCollection.Name)]
public sealed class ProgressApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Area = "grogol"; // wajib KTP 32,400 in dialogs/ikd.json

    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string Day(int days) => IkdTestData.At(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Outcomes_and_their_corrections_show_in_the_progress_and_the_csv()
    {
        var session = await IkdTestData.SessionAsync(app, days: 1, officers: 2, perOfficer: 5, area: Area); // 10 seats
        await IkdTestData.SessionAsync(app, days: 1, officers: 1, perOfficer: 5, area: Area); // 5 more seats, nobody booked
        var bookings = new List<Core.Activation.ActivationBooking>();
        for (var i = 1; i <= 5; i++) bookings.Add(await IkdTestData.BookAsync(app, session.Id, 600 + i));
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));
        await Outcome(officer, bookings[0], new { status = "Activated" });
        await Outcome(officer, bookings[1], new { status = "Activated" });
        await Outcome(officer, bookings[2], new { status = "Failed", failure = "NoPhone" });
        await Outcome(officer, bookings[3], new { status = "NoShow" });
        await Outcome(officer, bookings[4], new { status = "NoShow" });
        await Outcome(officer, bookings[4], new { status = "Activated" }); // came late after all: corrected
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        var report = await supervisor.GetJsonAsync($"/api/ikd/progress?from={Day(0)}&to={Day(1)}");

        var line = report.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetString() == Area);
        Assert.Equal(32400, line.GetProperty("wajibKtp").GetInt32());
        Assert.Equal(3, line.GetProperty("activatedTotal").GetInt32()); // 2 + the corrected no-show
        Assert.Equal(0.01m, line.GetProperty("percentOfWajibKtp").GetDecimal()); // 3 / 32,400 = 0.00926 % → 0.01
        Assert.Equal((2, 15, 5), (line.GetProperty("sessions").GetInt32(), line.GetProperty("capacity").GetInt32(), line.GetProperty("taken").GetInt32()));
        Assert.Equal(0.3333m, line.GetProperty("fillRate").GetDecimal()); // 5 / 15
        Assert.Equal((3, 1, 1), (line.GetProperty("activated").GetInt32(), line.GetProperty("failed").GetInt32(), line.GetProperty("noShow").GetInt32()));
        Assert.Equal(0.2m, line.GetProperty("noShowRate").GetDecimal()); // 1 / 5
        var today = report.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("day").GetString() == Day(0));
        Assert.Equal((3, 1, 1), (today.GetProperty("activated").GetInt32(), today.GetProperty("failed").GetInt32(), today.GetProperty("noShow").GetInt32()));
        Assert.Equal(2, report.GetProperty("days").GetArrayLength());
        Assert.Equal(3, report.GetProperty("totals").GetProperty("activatedTotal").GetInt32());

        using var csv = await supervisor.GetAsync($"/api/ikd/progress.csv?from={Day(0)}&to={Day(1)}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"area_id\",\"wilayah\",\"wajib_ktp\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"grogol\",\"Grogol\",\"32400\",\"25\",\"8100\",\"3\",\"0.01\",\"0.04\",\"2\",\"15\",\"5\",\"0.3333\",\"3\",\"1\",\"1\",\"0.2\"", lines);
        Assert.StartsWith("\"total\",\"Total\"", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_range_is_400_naming_the_field()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var response = await supervisor.GetAsync("/api/ikd/progress?from=2026-13-01");
        using var csv = await supervisor.GetAsync("/api/ikd/progress.csv?from=2026-12-10&to=2026-12-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("from", out _));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public void Csv_cells_that_look_like_formulas_are_neutralised()
    {
        var report = Core.Activation.ActivationProgress.Compute(
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), [new Core.Activation.AreaTarget("x", "=HYPERLINK(\"http://evil\")", 10, 25m)],
            [], _ => default, [], new Dictionary<string, int>());

        var csv = Chatbot.Web.Activation.ProgressCsv.Write(report);

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", csv, StringComparison.Ordinal);
    }

    private static async Task Outcome(ApiClient officer, Core.Activation.ActivationBooking booking, object body)
    {
        using var response = await officer.PostAsync($"/api/ikd/bookings/{booking.Code}/outcome", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
