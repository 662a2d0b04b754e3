using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Activation;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>
/// The officers at a session (any staff role): find a booking by its code or the citizen's NIK, and record the outcome
/// (activated, failed with the reason, no-show), which may be corrected later.
/// </summary>
internal static class CheckInEndpoints
{
    public const int MaxNoteLength = 500;

    public static async Task<Results<Ok<CheckInView>, ValidationProblem, ProblemHttpResult>> FindAsync(
        HttpContext http, IActivationBookings bookings, IActivationSessions sessions, ActivationViewSource views, OfficeTime time, string? q)
    {
        var ct = http.RequestAborted;
        var text = q?.Trim() ?? string.Empty;
        ActivationBooking? booking;
        if (BookingCode.TryParse(text, out var code)) booking = await bookings.GetAsync(code, ct);
        else if (text.Length == Nik.Length && text.All(char.IsAsciiDigit))
        {
            if (!Nik.TryParse(text, time.Today, out var nik, out _)) return FieldErrors.Single("q", "NIK tidak sah.");
            booking = await bookings.FindActiveAsync(nik, ct);
        }
        else return FieldErrors.Single("q", "Kode booking (IKD-XXXXXX) atau NIK 16 digit.");

        if (booking is null) return ApiResults.Problem(OperationOutcome.NotFound, "Booking tidak ditemukan.", "notFound");
        var session = await sessions.GetAsync(booking.SessionId, ct);
        var view = await views.LoadAsync(ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new CheckInView(view.Booking(booking), session is null ? null : view.Session(session)));
    }

    public static async Task<Results<Ok<BookingView>, ValidationProblem, ProblemHttpResult>> RecordOutcomeAsync(
        HttpContext http, IActivationBookings bookings, ActivationDesk desk, ActivationViewSource views, AuditTrail audit, TimeProvider clock,
        string code, OutcomeRequest? request)
    {
        var ct = http.RequestAborted;
        if (!BookingCode.TryParse(code, out var bookingCode)) return ApiResults.Problem(OperationOutcome.NotFound, "Booking tidak ditemukan.", "notFound");
        var errors = new FieldErrors();
        var status = TextField.Enum(request?.Status, "status", errors, BookingStatus.Activated, BookingStatus.Failed, BookingStatus.NoShow);
        ActivationFailure? failure = null;
        if (status == BookingStatus.Failed) failure = TextField.Enum<ActivationFailure>(request?.Failure, "failure", errors);
        else if (!string.IsNullOrWhiteSpace(request?.Failure)) errors.Add("failure", "Alasan gagal hanya untuk status Failed.");
        var note = TextField.Optional(request?.Note, "note", MaxNoteLength, errors);
        if (errors.Any) return errors.ToProblem();

        var actor = ApiResults.ActorOf(http);
        var now = clock.GetUtcNow();
        var result = await bookings.RecordOutcomeAsync(bookingCode, new CheckIn(status!.Value, failure, note, actor.UserName, now, desk.OfficeDate(now)), ct);
        if (!result.Succeeded || result.Booking is null)
        {
            return result.Outcome == BookingOutcome.NotFound
                ? ApiResults.Problem(OperationOutcome.NotFound, "Booking tidak ditemukan.", "notFound")
                : ApiResults.Problem(OperationOutcome.Conflict, "Hasil tidak dapat dicatat untuk booking ini (dibatalkan).", ProblemCode.Of(result.Outcome));
        }

        await audit.RecordAsync(actor, ActivationAuditActions.OutcomeRecorded, detail: $"{bookingCode} {status}{(failure is null ? string.Empty : " " + failure)}", cancellationToken: ct);
        return TypedResults.Ok((await views.LoadAsync(ct)).Booking(result.Booking));
    }
}
