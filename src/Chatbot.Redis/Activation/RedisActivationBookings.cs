using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis.Activation;

/// <summary>
/// Bookings in the {ikd} slot (see <see cref="RedisKeys.IkdBookings"/>). Every seat operation is one script that
/// checks and moves the seat, the NIK index, the group's count and the reminders together; the full NIK is stored
/// (the officer checks it) and never logged. Records leave <see cref="ActivationStoreOptions.RetentionDays"/> after
/// their session; the lists by phone and by session drop them as they are read.
/// </summary>
public sealed class RedisActivationBookings(RedisContext redis, IOptions<ActivationStoreOptions> options) : IActivationBookings
{
    private const int MaxCodeAttempts = 5;

    private readonly IkdStore store = new(redis, options.Value);

    public Task<BookingResult> BookAsync(ActivationBooking draft, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken = default) =>
        BookCoreAsync(null, draft, reminders, cancellationToken);

    public Task<BookingResult> ClaimAsync(InvitationCode invitation, ActivationBooking draft, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken = default) =>
        BookCoreAsync(invitation, draft, reminders, cancellationToken);

    public async Task<BookingResult> RescheduleAsync(
        BookingCode code, string newSessionId, IReadOnlyList<ScheduledReminder> reminders, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(newSessionId);
        var current = BookingRecord.Parse(await store.ReadBookingAsync(code.Value, cancellationToken));
        if (current is null) return new BookingResult(BookingOutcome.NotFound, null, null);
        var keys = store.Keys;
        var result = await store.RunGuessingAsync(
            current.SessionId,
            oldSession => store.RunAsync(
                IkdScripts.Reschedule,
                [keys.IkdSessionBookings(oldSession), keys.IkdSessionBookings(newSessionId), keys.IkdPhoneBookings(current.Phone)],
                [code.Value, oldSession, newSessionId, IkdTime.Ms(now), store.RetentionMs, .. BookingResults.Values(reminders)],
                cancellationToken),
            $"reschedule booking {code}");
        return BookingResults.Read(result);
    }

    public async Task<BookingResult> CancelAsync(BookingCode code, string by, string? note, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(by);
        var result = await store.RunAsync(IkdScripts.Cancel, [], [code.Value, by, note ?? string.Empty, IkdTime.Ms(now)], cancellationToken);
        return BookingResults.Read(result);
    }

    public async Task<BookingResult> RecordOutcomeAsync(BookingCode code, CheckIn checkIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var current = BookingRecord.Parse(await store.ReadBookingAsync(code.Value, cancellationToken));
        if (current is null) return new BookingResult(BookingOutcome.NotFound, null, null);
        if (!checkIn.IsValid) return new BookingResult(BookingOutcome.IllegalChange, current.ToBooking(), null);
        var keys = store.Keys;
        var result = await store.RunGuessingAsync(
            current.CountedDay ?? string.Empty,
            countedDay => store.RunAsync(
                IkdScripts.RecordOutcome,
                [
                    keys.IkdStatsDay(checkIn.Day),
                    countedDay.Length == 0 ? keys.IkdStatsDay(checkIn.Day) : keys.IkdStatsDay(IkdTime.ParseDay(countedDay)),
                    keys.IkdStatsDays,
                    keys.IkdActivatedTotals,
                ],
                [
                    code.Value, countedDay, checkIn.Status.ToString(), checkIn.Failure?.ToString() ?? string.Empty, checkIn.Note ?? string.Empty,
                    checkIn.By, IkdTime.Ms(checkIn.At), IkdTime.Day(checkIn.Day), checkIn.Day.DayNumber, checkIn.OnlyIfUnrecorded ? "1" : "0",
                ],
                cancellationToken),
            $"record the outcome of booking {code}");
        return BookingResults.Read(result);
    }

    public async Task<ActivationBooking?> GetAsync(BookingCode code, CancellationToken cancellationToken = default) =>
        BookingRecord.Read(await store.ReadBookingAsync(code.Value, cancellationToken));

    public async Task<ActivationBooking?> FindActiveAsync(Nik nik, CancellationToken cancellationToken = default)
    {
        var code = await store.Database.HashGetAsync(store.Keys.IkdActiveNiks, nik.Value).WaitAsync(cancellationToken);
        if (code.IsNull) return null;
        var booking = BookingRecord.Read(await store.ReadBookingAsync(code.ToString(), cancellationToken));
        return booking is { IsActive: true } && booking.Nik == nik ? booking : null;
    }

    public async Task<IReadOnlyList<ActivationBooking>> ListForPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(phone);
        var records = await store.ReadBookingsAsync(store.Keys.IkdPhoneBookings(phone), newestFirst: true, cancellationToken);
        return records.Select(r => BookingRecord.Read(r)!).ToList();
    }

    public async Task<IReadOnlyList<ActivationBooking>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var records = await store.ReadBookingsAsync(store.Keys.IkdSessionBookings(sessionId), newestFirst: false, cancellationToken);
        return records.Select(r => BookingRecord.Read(r)!).Where(b => b.SessionId == sessionId).ToList();
    }

    private async Task<BookingResult> BookCoreAsync(
        InvitationCode? invitation, ActivationBooking draft, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(draft.Phone);
        var groupSession = draft.SessionId;
        if (invitation is { } code)
        {
            var group = GroupRecord.Read(await store.ReadGroupAsync(code.Value, cancellationToken));
            if (group is null) return new BookingResult(BookingOutcome.UnknownInvitation, null, null);
            groupSession = group.SessionId;
        }

        // Codes are random: a rare clash with a kept booking's code is answered with a fresh code, not an error.
        for (var attempt = 1; ; attempt++)
        {
            var result = await BookOnceAsync(invitation, groupSession, draft, reminders, cancellationToken);
            if ((string?)result[0] != "exists") return BookingResults.Read(result);
            if (attempt == MaxCodeAttempts) throw new InvalidOperationException($"Booking code {draft.Code} is taken, and so were {MaxCodeAttempts - 1} fresh ones.");
            draft = draft with { Code = BookingCode.New() };
        }
    }

    private Task<RedisResult[]> BookOnceAsync(
        InvitationCode? invitation, string groupSession, ActivationBooking draft, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken)
    {
        var keys = store.Keys;
        var json = BookingRecord.Json(draft with { Status = BookingStatus.Booked, Group = null });
        return store.RunGuessingAsync(
            groupSession,
            sessionId => store.RunAsync(
                IkdScripts.Book,
                [
                    keys.IkdSessionBookings(sessionId),
                    keys.IkdPhoneBookings(draft.Phone),
                    invitation is { } claimed ? keys.IkdGroupClaims(claimed.Value) : keys.IkdSessionBookings(sessionId),
                ],
                [
                    json, invitation?.Value ?? string.Empty, sessionId, IkdTime.Ms(draft.BookedAt), store.RetentionMs,
                    .. BookingResults.Values(reminders),
                ],
                cancellationToken),
            $"book at session {groupSession}");
    }
}
