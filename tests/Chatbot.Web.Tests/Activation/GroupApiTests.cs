using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>Coordinators' group bookings: each institution sees only its own; the roster shows who claimed a seat.</summary>
[Collection(WebCollection.Name)]
public sealed class GroupApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        await IkdTestData.InstitutionAsync(app, "PT Sritex");
        await IkdTestData.InstitutionAsync(app, "Dinas Kesehatan");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_coordinator_books_for_their_own_institution_whatever_they_send()
    {
        var session = await IkdTestData.SessionAsync(app);
        using var hr = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex");

        using var created = await hr.PostAsync("/api/ikd/groups", new { sessionId = session.Id, unit = "Bagian Tenun 2", seats = 20, institutionId = "dinas-kesehatan" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var group = await created.Content.ReadFromJsonAsync<JsonElement>();
        var code = group.GetProperty("code").GetString()!;
        Assert.StartsWith("UND-", code, StringComparison.Ordinal);
        Assert.Equal(("pt-sritex", "PT Sritex", hr.UserName), (group.GetProperty("institutionId").GetString(), group.GetProperty("institutionName").GetString(), group.GetProperty("coordinator").GetString()));
        Assert.Equal((20, 0, false), (group.GetProperty("seats").GetInt32(), group.GetProperty("claimed").GetInt32(), group.GetProperty("cancelled").GetBoolean()));
        Assert.Equal(20, group.GetProperty("session").GetProperty("taken").GetInt32());
        Assert.Equal($"/api/ikd/groups/{code}", created.Headers.Location!.OriginalString);
        Assert.Equal(20, (await app.Get<IActivationSessions>().GetAsync(session.Id))!.Taken);
    }

    [Fact]
    public async Task Two_institutions_never_see_each_others_groups()
    {
        var session = await IkdTestData.SessionAsync(app);
        using var sritex = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex");
        using var dinkes = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "dinas-kesehatan");
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        var sritexCode = await CreateAsync(sritex, session.Id, 5);
        var dinkesCode = await CreateAsync(dinkes, session.Id, 5);

        var sritexList = Codes(await sritex.GetJsonAsync("/api/ikd/groups"));
        var dinkesList = Codes(await dinkes.GetJsonAsync("/api/ikd/groups"));
        var all = Codes(await supervisor.GetJsonAsync("/api/ikd/groups"));
        using var peek = await dinkes.GetAsync($"/api/ikd/groups/{sritexCode}");
        using var cancelOther = await dinkes.PostAsync($"/api/ikd/groups/{sritexCode}/cancel");

        Assert.Contains(sritexCode, sritexList);
        Assert.DoesNotContain(dinkesCode, sritexList);
        Assert.Contains(dinkesCode, dinkesList);
        Assert.DoesNotContain(sritexCode, dinkesList);
        Assert.Contains(sritexCode, all);
        Assert.Contains(dinkesCode, all);
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancelOther.StatusCode);
        Assert.False((await app.Get<IGroupBookings>().GetAsync(Parse(sritexCode)))!.Cancelled);
    }

    [Fact]
    public async Task A_full_session_and_one_reserved_for_another_institution_are_409()
    {
        var small = await IkdTestData.SessionAsync(app, perOfficer: 10);
        var reserved = await IkdTestData.SessionAsync(app, reservedFor: "dinas-kesehatan");
        using var hr = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex");

        using var full = await hr.PostAsync("/api/ikd/groups", new { sessionId = small.Id, unit = "Gudang", seats = 11 });
        using var other = await hr.PostAsync("/api/ikd/groups", new { sessionId = reserved.Id, unit = "Gudang", seats = 1 });

        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal("sessionFull", (await full.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("reservedForOther", (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, (await app.Get<IActivationSessions>().GetAsync(small.Id))!.Taken);
    }

    [Fact]
    public async Task Staff_must_name_the_institution_and_fields_are_checked()
    {
        var session = await IkdTestData.SessionAsync(app);
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var noInstitution = await supervisor.PostAsync("/api/ikd/groups", new { sessionId = session.Id, unit = "Umum", seats = 2 });
        using var invalid = await supervisor.PostAsync("/api/ikd/groups", new
        {
            sessionId = session.Id,
            unit = "",
            seats = 0,
            institutionId = "pt-nowhere",
            roster = new object[] { new { name = "", nik = "123" }, new { name = "Ani", nik = IkdTestData.Nik(1) }, new { name = "Ani lagi", nik = IkdTestData.Nik(1) } },
        });
        using var onBehalf = await supervisor.PostAsync("/api/ikd/groups", new { sessionId = session.Id, unit = "Umum", seats = 2, institutionId = "dinas-kesehatan" });

        var missing = (await noInstitution.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(missing.TryGetProperty("institutionId", out _));
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.True(errors.SetEquals(["unit", "seats", "institutionId", "roster[0].name", "roster[0].nik", "roster[2].nik"]), string.Join(",", errors));
        Assert.Equal(HttpStatusCode.Created, onBehalf.StatusCode);
        Assert.Equal("dinas-kesehatan", (await onBehalf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("institutionId").GetString());
    }

    [Fact]
    public async Task The_roster_shows_who_claimed_and_who_has_not()
    {
        var session = await IkdTestData.SessionAsync(app);
        using var hr = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex");
        using var created = await hr.PostAsync("/api/ikd/groups", new
        {
            sessionId = session.Id,
            unit = "Bagian Tenun 2",
            seats = 3,
            roster = new object[] { new { name = "Ani", nik = IkdTestData.Nik(701) }, new { name = "Budi", nik = IkdTestData.Nik(702) }, new { name = "Citra" } },
        });
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var bookings = app.Get<IActivationBookings>();
        var ani = await bookings.ClaimAsync(Parse(code), IkdTestData.Draft(session.Id, 701), []);
        var stranger = await bookings.ClaimAsync(Parse(code), IkdTestData.Draft(session.Id, 709), []);
        Assert.True(ani.Succeeded && stranger.Succeeded);

        var detail = await hr.GetJsonAsync($"/api/ikd/groups/{code}");

        Assert.Equal(2, detail.GetProperty("group").GetProperty("claimed").GetInt32());
        Assert.Equal(1, detail.GetProperty("unclaimedSeats").GetInt32());
        var claims = detail.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(code, c.GetProperty("group").GetString()));
        var roster = detail.GetProperty("roster").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.True(roster["Ani"].GetProperty("claimed").GetBoolean());
        Assert.Equal(ani.Booking!.Code.ToString(), roster["Ani"].GetProperty("bookingCode").GetString());
        Assert.Equal("Booked", roster["Ani"].GetProperty("status").GetString());
        Assert.Equal("3672**********01", roster["Ani"].GetProperty("nikMasked").GetString());
        Assert.False(roster["Budi"].GetProperty("claimed").GetBoolean());
        Assert.False(roster["Citra"].GetProperty("claimed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, roster["Citra"].GetProperty("nikMasked").ValueKind);
        Assert.DoesNotContain(IkdTestData.Nik(701), detail.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_group_gives_the_unclaimed_seats_back_and_is_audited()
    {
        var session = await IkdTestData.SessionAsync(app);
        using var hr = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex");
        var code = await CreateAsync(hr, session.Id, 10);
        Assert.True((await app.Get<IActivationBookings>().ClaimAsync(Parse(code), IkdTestData.Draft(session.Id, 801), [])).Succeeded);

        using var cancelled = await hr.PostAsync($"/api/ikd/groups/{code}/cancel");

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.True((await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelled").GetBoolean());
        Assert.Equal(1, (await app.Get<IActivationSessions>().GetAsync(session.Id))!.Taken);
        Assert.Equal(0, (await hr.GetJsonAsync($"/api/ikd/groups/{code}")).GetProperty("unclaimedSeats").GetInt32());
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        Assert.Contains((await supervisor.GetJsonAsync("/api/audit")).EnumerateArray(),
            e => e.GetProperty("action").GetString() == "ikd.groupCancelled" && e.GetProperty("actor").GetString() == hr.UserName);
    }

    private static async Task<string> CreateAsync(ApiClient client, string sessionId, int seats)
    {
        using var created = await client.PostAsync("/api/ikd/groups", new { sessionId, unit = "Unit", seats });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static List<string?> Codes(JsonElement list) => list.EnumerateArray().Select(g => g.GetProperty("code").GetString()).ToList();

    private static InvitationCode Parse(string code) => InvitationCode.TryParse(code, out var parsed) ? parsed : throw new ArgumentException(code);
}
