using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>/api/ikd/sessions: create, list, edit, cancel, remind, bookings; validation per field; times in office time.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string Day(int days) => IkdTestData.At(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Body(int days = 5, string[]? officers = null, int? perOfficer = null, string? reservedFor = null) => new
    {
        areaId = IkdTestData.Area,
        placeKind = "Kecamatan",
        place = "Aula Kecamatan Ciwandan",
        date = Day(days),
        startTime = "08:00",
        endTime = "12:00",
        officers = officers ?? ["sari", "budi"],
        peoplePerOfficer = perOfficer,
        reservedFor,
    };

    [Fact]
    public async Task A_supervisor_creates_a_session_shown_in_office_time_and_audited()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var created = await supervisor.PostAsync("/api/ikd/sessions", Body(perOfficer: 40));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = session.GetProperty("id").GetString()!;
        Assert.Equal($"/api/ikd/sessions/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(Day(5) + "T08:00:00+07:00", session.GetProperty("startsAt").GetString());
        Assert.Equal(Day(5) + "T12:00:00+07:00", session.GetProperty("endsAt").GetString());
        Assert.Equal("Ciwandan", session.GetProperty("areaName").GetString());
        Assert.Equal(("Kecamatan", "Open"), (session.GetProperty("placeKind").GetString(), session.GetProperty("status").GetString()));
        Assert.Equal((80, 0, 80), (session.GetProperty("capacity").GetInt32(), session.GetProperty("taken").GetInt32(), session.GetProperty("seatsLeft").GetInt32()));

        var listed = (await supervisor.GetJsonAsync("/api/ikd/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        Assert.Equal(80, listed.GetProperty("capacity").GetInt32());
        var audit = (await supervisor.GetJsonAsync("/api/audit")).EnumerateArray();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "ikd.sessionCreated" && e.GetProperty("actor").GetString() == supervisor.UserName
            && e.GetProperty("detail").GetString()!.StartsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_invalid_field_is_named_in_a_400()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var response = await supervisor.PostAsync("/api/ikd/sessions", new
        {
            areaId = "atlantis",
            placeKind = "Moon",
            place = "",
            date = "03-12-2026",
            startTime = "12:00",
            endTime = "08:00",
            officers = Array.Empty<string>(),
            peoplePerOfficer = 0,
            reservedFor = "pt-unknown",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.True(fields.SetEquals(["areaId", "placeKind", "place", "date", "endTime", "officers", "peoplePerOfficer", "reservedFor"]), string.Join(",", fields));
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_date_in_the_past_and_a_bad_range_are_400()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var past = await supervisor.PostAsync("/api/ikd/sessions", Body(days: -1));
        using var range = await supervisor.GetAsync("/api/ikd/sessions?from=2026-12-10&to=2026-12-01");
        using var format = await supervisor.GetAsync("/api/ikd/sessions?from=10/12/2026");

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.True((await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("date", out _));
        Assert.True((await range.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("to", out _));
        Assert.True((await format.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task A_coordinator_sees_open_sessions_and_their_own_institutions_only()
    {
        await IkdTestData.InstitutionAsync(app, "PT Satu");
        await IkdTestData.InstitutionAsync(app, "PT Dua");
        var open = await IkdTestData.SessionAsync(app);
        var mine = await IkdTestData.SessionAsync(app, reservedFor: "pt-satu");
        var theirs = await IkdTestData.SessionAsync(app, reservedFor: "pt-dua");
        using var coordinator = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-satu");
        using var operatorClient = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        var seen = (await coordinator.GetJsonAsync("/api/ikd/sessions")).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var staffSees = (await operatorClient.GetJsonAsync("/api/ikd/sessions")).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        using var other = await coordinator.GetAsync($"/api/ikd/sessions/{theirs.Id}");

        Assert.Contains(open.Id, seen);
        Assert.Contains(mine.Id, seen);
        Assert.DoesNotContain(theirs.Id, seen);
        Assert.Contains(theirs.Id, staffSees);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var reserved = (await coordinator.GetJsonAsync($"/api/ikd/sessions/{mine.Id}"));
        Assert.Equal(("pt-satu", "PT Satu"), (reserved.GetProperty("reservedFor").GetString(), reserved.GetProperty("reservedForName").GetString()));
    }

    [Fact]
    public async Task The_list_takes_a_range_of_office_days()
    {
        var soon = await IkdTestData.SessionAsync(app, days: 2);
        var later = await IkdTestData.SessionAsync(app, days: 40);
        using var operatorClient = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        var byDefault = (await operatorClient.GetJsonAsync("/api/ikd/sessions")).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var ranged = (await operatorClient.GetJsonAsync($"/api/ikd/sessions?from={Day(40)}&to={Day(40)}")).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();

        Assert.Contains(soon.Id, byDefault);
        Assert.DoesNotContain(later.Id, byDefault);
        Assert.Equal([later.Id], ranged);
    }

    [Fact]
    public async Task An_edit_below_the_seats_taken_is_409_and_a_fitting_one_tells_the_booked()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        using var created = await supervisor.PostAsync("/api/ikd/sessions", Body(perOfficer: 2));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await IkdTestData.BookAsync(app, id, 101);
        await IkdTestData.BookAsync(app, id, 102);
        await IkdTestData.BookAsync(app, id, 103);

        using var tooSmall = await supervisor.PutAsync($"/api/ikd/sessions/{id}", Body(officers: ["sari"], perOfficer: 2));
        using var moved = await supervisor.PutAsync($"/api/ikd/sessions/{id}", Body(days: 6, perOfficer: 2));

        Assert.Equal(HttpStatusCode.Conflict, tooSmall.StatusCode);
        Assert.Equal("capacityBelowTaken", (await tooSmall.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Day(6) + "T08:00:00+07:00", body.GetProperty("session").GetProperty("startsAt").GetString());
        Assert.Equal(3, body.GetProperty("session").GetProperty("taken").GetInt32());
        Assert.Equal(3, body.GetProperty("notified").GetInt32());
    }

    [Fact]
    public async Task A_cancellation_needs_a_reason_and_tells_every_booked_citizen()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        using var created = await supervisor.PostAsync("/api/ikd/sessions", Body());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var booking = await IkdTestData.BookAsync(app, id, 201);

        using var noReason = await supervisor.PostAsync($"/api/ikd/sessions/{id}/cancel", new { reason = " " });
        using var cancelled = await supervisor.PostAsync($"/api/ikd/sessions/{id}/cancel", new { reason = "Jaringan IKD sedang gangguan" });
        using var again = await supervisor.PostAsync($"/api/ikd/sessions/{id}/cancel", new { reason = "lagi" });
        using var unknown = await supervisor.PostAsync("/api/ikd/sessions/SZZZZZZ/cancel", new { reason = "x" });

        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var body = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", body.GetProperty("session").GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("notified").GetInt32());
        Assert.Equal(BookingStatus.Cancelled, (await app.Get<IActivationBookings>().GetAsync(booking.Code))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Remind_now_counts_the_booked_citizens()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        var session = await IkdTestData.SessionAsync(app);
        await IkdTestData.BookAsync(app, session.Id, 301);
        await IkdTestData.BookAsync(app, session.Id, 302);

        using var reminded = await supervisor.PostAsync($"/api/ikd/sessions/{session.Id}/remind");

        Assert.Equal(HttpStatusCode.OK, reminded.StatusCode);
        Assert.Equal(2, (await reminded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notified").GetInt32());
    }

    [Fact]
    public async Task The_bookings_of_a_session_show_nik_and_phone_masked()
    {
        var session = await IkdTestData.SessionAsync(app);
        var booking = await IkdTestData.BookAsync(app, session.Id, 401, "+6281299887766");
        using var operatorClient = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        using var response = await operatorClient.GetAsync($"/api/ikd/sessions/{session.Id}/bookings");
        var text = await response.Content.ReadAsStringAsync();
        var only = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray());

        Assert.Equal(booking.Code.ToString(), only.GetProperty("code").GetString());
        Assert.Equal("3672**********01", only.GetProperty("nikMasked").GetString());
        Assert.Equal("+62********766", only.GetProperty("phoneMasked").GetString());
        Assert.Equal("Booked", only.GetProperty("status").GetString());
        Assert.DoesNotContain(booking.Nik.Value, text, StringComparison.Ordinal);
        Assert.DoesNotContain("6281299887766", text, StringComparison.Ordinal);
    }
}
