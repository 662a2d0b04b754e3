using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Tests.Transcripts;
using Chatbot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Dialogs.Tests.Bot;

/// <summary>The desk the console calls to manage IKD sessions, against the real catalogue and a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class ActivationDeskTests : IAsyncDisposable
{
    private static readonly Lazy<DialogCatalog> Catalog = new(() => DialogCatalog.Load(Path.Combine(RepoPaths.Root, "dialogs")));
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Wednesday = new(2026, 3, 4);

    private readonly ServiceProvider services;

    public ActivationDeskTests(RedisServerFixture redis)
    {
        services = BotServices.Create(redis, Catalog.Value, new ManualClock(Start));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private ActivationDesk Desk => services.GetRequiredService<ActivationDesk>();

    private static SessionDraft Draft() => new()
    {
        AreaId = "ciwandan",
        PlaceKind = SessionPlaceKind.Kecamatan,
        Place = "  Aula Kecamatan Ciwandan ",
        Date = Wednesday,
        StartTime = new TimeOnly(9, 0),
        EndTime = new TimeOnly(12, 0),
        Officers = ["sari", " budi ", ""],
    };

    [Fact]
    public async Task A_session_takes_the_default_people_per_officer_and_office_time()
    {
        var result = await Desk.CreateSessionAsync(Draft(), "supervisor");

        Assert.True(result.Succeeded, result.Reason);
        var stored = (await services.GetRequiredService<IActivationSessions>().GetAsync(result.Session!.Id))!;
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(7)), stored.StartsAt);
        Assert.Equal(["sari", "budi"], stored.Officers);
        Assert.Equal(("Aula Kecamatan Ciwandan", 50, 100, "supervisor"), (stored.Place, stored.PeoplePerOfficer, stored.Capacity, stored.CreatedBy));
        Assert.Null(stored.ReservedFor);
    }

    public static TheoryData<string, Func<SessionDraft, SessionDraft>> Refusals() => new()
    {
        { "Unknown area 'ciwandn'", d => d with { AreaId = "ciwandn" } },
        { "Unknown institution 'pt-x': add it first.", d => d with { ReservedFor = "pt-x" } },
        { "The place needs 1 to 200 characters.", d => d with { Place = " " } },
        { "The place needs 1 to 200 characters.", d => d with { Place = new string('a', 201) } },
        { "At least one officer is needed.", d => d with { Officers = [" "] } },
        { "People per officer must be 1 to 500 (about 50 is usual).", d => d with { PeoplePerOfficer = 0 } },
        { "The session must start in the future.", d => d with { Date = new DateOnly(2026, 3, 2), StartTime = new TimeOnly(8, 0) } },
        { "The session must end after it starts.", d => d with { EndTime = new TimeOnly(9, 0) } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_draft_is_refused_with_what_to_fix(string reason, Func<SessionDraft, SessionDraft> change)
    {
        var result = await Desk.CreateSessionAsync(change(Draft()), "supervisor", language: "en");

        Assert.Equal(SessionActionOutcome.Invalid, result.Outcome);
        Assert.StartsWith(reason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_for_a_known_institution_is_reserved()
    {
        await services.GetRequiredService<IInstitutions>().SaveAsync(new Institution("pt-krakatau", "PT Krakatau Steel"));

        var result = await Desk.CreateSessionAsync(Draft() with { ReservedFor = "pt-krakatau", PeoplePerOfficer = 40 }, "supervisor");

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(("pt-krakatau", 80), (result.Session!.ReservedFor, result.Session.Capacity));
    }

    [Fact]
    public async Task Capacity_cannot_drop_below_the_seats_taken_and_nobody_is_told_about_officers()
    {
        var session = (await Desk.CreateSessionAsync(Draft() with { Officers = ["sari"], PeoplePerOfficer = 2 }, "supervisor")).Session!;
        await BookAsync(session, "3672011708900001");
        await BookAsync(session, "3672012309850003");

        var smaller = await Desk.EditSessionAsync(session.Id, Draft() with { Officers = ["sari"], PeoplePerOfficer = 1 }, "supervisor");
        var larger = await Desk.EditSessionAsync(session.Id, Draft() with { Officers = ["sari", "budi"], PeoplePerOfficer = 2 }, "supervisor");

        Assert.Equal(SessionActionOutcome.CapacityBelowTaken, smaller.Outcome);
        Assert.True(larger.Succeeded, larger.Reason);
        Assert.Equal((4, 2, 0), (larger.Session!.Capacity, larger.Session.SeatsLeft, larger.Notified));
    }

    [Fact]
    public async Task Unknown_and_cancelled_sessions_are_refused()
    {
        var session = (await Desk.CreateSessionAsync(Draft(), "supervisor")).Session!;

        Assert.Equal(SessionActionOutcome.NotFound, (await Desk.EditSessionAsync("SXXXXXX", Draft(), "supervisor")).Outcome);
        Assert.Equal(SessionActionOutcome.NotFound, (await Desk.RemindNowAsync("SXXXXXX", "supervisor")).Outcome);
        Assert.Equal(SessionActionOutcome.Invalid, (await Desk.CancelSessionAsync(session.Id, " ", "supervisor")).Outcome);
        Assert.True((await Desk.CancelSessionAsync(session.Id, "petugas sakit", "supervisor")).Succeeded);
        Assert.Equal(SessionActionOutcome.Cancelled, (await Desk.CancelSessionAsync(session.Id, "lagi", "supervisor")).Outcome);
        Assert.Equal(SessionActionOutcome.Cancelled, (await Desk.EditSessionAsync(session.Id, Draft(), "supervisor")).Outcome);
    }

    [Fact]
    public void The_office_date_is_the_local_date_of_bot_json()
    {
        Assert.Equal(new DateOnly(2026, 3, 3), Desk.OfficeDate(new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.Zero)));
    }

    private async Task BookAsync(ActivationSession session, string nik)
    {
        Nik.TryParse(nik, new DateOnly(2026, 3, 2), out var parsed, out _);
        var result = await services.GetRequiredService<IActivationBookings>().BookAsync(new ActivationBooking
        {
            Code = BookingCode.New(),
            SessionId = session.Id,
            Nik = parsed,
            FullName = "Warga",
            Phone = "+6281300000" + nik[^3..],
            BookedAt = Start,
        }, []);
        Assert.Equal(BookingOutcome.Done, result.Outcome);
    }
}
