using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>The officer at the session: find a booking by code or NIK, record the outcome, correct it.</summary>
[Collection(WebCollection.Name)]
public sealed class CheckInApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_operator_finds_a_booking_by_its_code_in_any_spelling()
    {
        var session = await IkdTestData.SessionAsync(app);
        var booking = await IkdTestData.BookAsync(app, session.Id, 501);
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        foreach (var q in new[] { booking.Code.ToString(), booking.Code.Value.ToLowerInvariant(), "ikd " + booking.Code.Value })
        {
            var found = await officer.GetJsonAsync("/api/ikd/checkin/find?q=" + Uri.EscapeDataString(q));
            Assert.Equal(booking.Code.ToString(), found.GetProperty("booking").GetProperty("code").GetString());
            Assert.Equal(session.Id, found.GetProperty("session").GetProperty("id").GetString());
            Assert.Equal("3672**********01", found.GetProperty("booking").GetProperty("nikMasked").GetString());
        }
    }

    [Fact]
    public async Task An_operator_finds_the_active_booking_of_a_nik()
    {
        var session = await IkdTestData.SessionAsync(app);
        var booking = await IkdTestData.BookAsync(app, session.Id, 502);
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        var found = await officer.GetJsonAsync("/api/ikd/checkin/find?q=" + IkdTestData.Nik(502));
        using var none = await officer.GetAsync("/api/ikd/checkin/find?q=" + IkdTestData.Nik(599));
        using var unknownCode = await officer.GetAsync("/api/ikd/checkin/find?q=IKD-ZZZZZZ");

        Assert.Equal(booking.Code.ToString(), found.GetProperty("booking").GetProperty("code").GetString());
        Assert.DoesNotContain(IkdTestData.Nik(502), found.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCode.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("9999999999999999")]
    public async Task A_query_that_is_neither_a_code_nor_a_nik_is_400_naming_q(string q)
    {
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        using var response = await officer.GetAsync("/api/ikd/checkin/find?q=" + q);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task An_outcome_is_recorded_audited_and_may_be_corrected()
    {
        var session = await IkdTestData.SessionAsync(app);
        var booking = await IkdTestData.BookAsync(app, session.Id, 503);
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));

        using var failed = await officer.PostAsync($"/api/ikd/bookings/{booking.Code}/outcome", new { status = "Failed", failure = "NoEmail", note = "belum punya email" });
        using var corrected = await officer.PostAsync($"/api/ikd/bookings/{booking.Code.Value.ToLowerInvariant()}/outcome", new { status = "Activated" });

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var first = await failed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Failed", "NoEmail", "belum punya email"), (first.GetProperty("status").GetString(), first.GetProperty("failure").GetString(), first.GetProperty("note").GetString()));
        Assert.Equal(officer.UserName, first.GetProperty("closedBy").GetString());
        Assert.EndsWith("+07:00", first.GetProperty("closedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var second = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Activated", second.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("failure").ValueKind);

        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        var audit = (await supervisor.GetJsonAsync("/api/audit")).EnumerateArray().Where(e => e.GetProperty("action").GetString() == "ikd.outcomeRecorded").ToList();
        Assert.Contains(audit, e => e.GetProperty("detail").GetString() == $"{booking.Code} Failed NoEmail" && e.GetProperty("actor").GetString() == officer.UserName);
        Assert.Contains(audit, e => e.GetProperty("detail").GetString() == $"{booking.Code} Activated");
    }

    [Fact]
    public async Task An_invalid_outcome_names_its_field()
    {
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));
        var session = await IkdTestData.SessionAsync(app);
        var booking = await IkdTestData.BookAsync(app, session.Id, 504);

        using var noReason = await officer.PostAsync($"/api/ikd/bookings/{booking.Code}/outcome", new { status = "Failed" });
        using var booked = await officer.PostAsync($"/api/ikd/bookings/{booking.Code}/outcome", new { status = "Booked" });
        using var reasonOnSuccess = await officer.PostAsync($"/api/ikd/bookings/{booking.Code}/outcome", new { status = "Activated", failure = "NoPhone" });
        using var unknown = await officer.PostAsync("/api/ikd/bookings/IKD-ZZZZZZ/outcome", new { status = "NoShow" });

        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("failure", out _));
        Assert.True((await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("status", out _));
        Assert.True((await reasonOnSuccess.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("failure", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_booking_cannot_be_checked_in()
    {
        using var officer = await ApiClient.SignInAsync(app, IkdTestData.Name("op"));
        var session = await IkdTestData.SessionAsync(app);
        var booking = await IkdTestData.BookAsync(app, session.Id, 505);
        await app.Get<Core.Ports.IActivationBookings>().CancelAsync(booking.Code, "citizen", null, DateTimeOffset.UtcNow);

        using var response = await officer.PostAsync($"/api/ikd/bookings/{booking.Code}/outcome", new { status = "Activated" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
