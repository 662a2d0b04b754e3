using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Tests.Transcripts;
using Chatbot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Dialogs.Tests.Bot;

/// <summary>Whoever held a seat and never came becomes a no-show once the session's day is over, over a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class UnattendedBookingsTests : IAsyncDisposable
{
    private static readonly Lazy<DialogCatalog> Catalog = new(() => DialogCatalog.Load(Path.Combine(RepoPaths.Root, "dialogs")));
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, Wib);
    private static readonly DateOnly Wednesday = new(2026, 3, 4);

    private readonly ManualClock clock = new(Monday);
    private readonly ServiceProvider services;

    public UnattendedBookingsTests(RedisServerFixture redis)
    {
        services = BotServices.Create(redis, Catalog.Value, clock);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private IActivationBookings Bookings => services.GetRequiredService<IActivationBookings>();

    private UnattendedBookings Sweep => services.GetRequiredService<UnattendedBookings>();

    [Fact]
    public async Task Bookings_left_waiting_become_no_shows_once_the_day_is_over_and_free_their_nik()
    {
        var session = await CreateSessionAsync(Wednesday);
        var came = await BookAsync(session, "3672011708900001");
        var stayedHome = await BookAsync(session, "3672011708900002");
        var officer = new CheckIn(BookingStatus.Activated, null, null, "sari", new DateTimeOffset(2026, 3, 4, 10, 0, 0, Wib), Wednesday);
        Assert.True((await Bookings.RecordOutcomeAsync(came.Code, officer)).Succeeded);

        clock.Advance(new DateTimeOffset(2026, 3, 4, 23, 30, 0, Wib) - Monday);
        Assert.Equal(0, await Sweep.RecordAsync());
        Assert.True((await Bookings.GetAsync(stayedHome.Code))!.IsActive);

        clock.Advance(TimeSpan.FromHours(1)); // 00:30 on Thursday, office time
        Assert.Equal(1, await Sweep.RecordAsync());
        Assert.Equal(0, await Sweep.RecordAsync());

        var noShow = (await Bookings.GetAsync(stayedHome.Code))!;
        Assert.Equal((BookingStatus.NoShow, UnattendedBookings.RecordedBy), (noShow.Status, noShow.ClosedBy));
        Assert.Equal(BookingStatus.Activated, (await Bookings.GetAsync(came.Code))!.Status);
        var counts = await services.GetRequiredService<IActivationStats>().DailyAsync(Wednesday, Wednesday);
        Assert.Equal([new ActivationDayCount("ciwandan", Wednesday, 1, 0, 1)], counts);

        // The citizen who missed it can book another session.
        var later = await CreateSessionAsync(new DateOnly(2026, 3, 9));
        Assert.Null(await Bookings.FindActiveAsync(Nik.Parse("3672011708900002", new DateOnly(2026, 3, 5))));
        Assert.Equal(BookingOutcome.Done, (await BookDraftAsync(later, "3672011708900002")).Outcome);
    }

    [Fact]
    public async Task An_outcome_recorded_by_an_officer_is_never_overwritten_by_the_sweep()
    {
        var session = await CreateSessionAsync(Wednesday);
        var booking = await BookAsync(session, "3672011708900003");
        var failed = new CheckIn(BookingStatus.Failed, ActivationFailure.NoEmail, "lupa kata sandi email", "sari", new DateTimeOffset(2026, 3, 4, 11, 0, 0, Wib), Wednesday);
        await Bookings.RecordOutcomeAsync(booking.Code, failed);

        var late = new CheckIn(BookingStatus.NoShow, null, null, UnattendedBookings.RecordedBy, new DateTimeOffset(2026, 3, 5, 1, 0, 0, Wib), Wednesday) { OnlyIfUnrecorded = true };
        var result = await Bookings.RecordOutcomeAsync(booking.Code, late);

        Assert.Equal(BookingOutcome.IllegalChange, result.Outcome);
        var stored = (await Bookings.GetAsync(booking.Code))!;
        Assert.Equal((BookingStatus.Failed, ActivationFailure.NoEmail, "sari"), (stored.Status, stored.Failure, stored.ClosedBy));
    }

    private async Task<ActivationSession> CreateSessionAsync(DateOnly date)
    {
        var result = await services.GetRequiredService<ActivationDesk>().CreateSessionAsync(new SessionDraft
        {
            AreaId = "ciwandan",
            PlaceKind = SessionPlaceKind.Kecamatan,
            Place = "Aula Kecamatan Ciwandan",
            Date = date,
            StartTime = new TimeOnly(9, 0),
            EndTime = new TimeOnly(12, 0),
            Officers = ["sari"],
        }, "supervisor");
        Assert.True(result.Succeeded, result.Reason);
        return result.Session!;
    }

    private async Task<ActivationBooking> BookAsync(ActivationSession session, string nik)
    {
        var result = await BookDraftAsync(session, nik);
        Assert.Equal(BookingOutcome.Done, result.Outcome);
        return result.Booking!;
    }

    private Task<BookingResult> BookDraftAsync(ActivationSession session, string nik) => Bookings.BookAsync(
        new ActivationBooking
        {
            Code = BookingCode.New(),
            SessionId = session.Id,
            Nik = Nik.Parse(nik, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
            FullName = "Warga " + nik[^4..],
            Phone = "+628123450" + nik[^4..],
            BookedAt = clock.GetUtcNow(),
        },
        []);
}
