namespace Chatbot.Core.Activation;

/// <summary>What a booking operation did (book, claim, reschedule, cancel, record the outcome at the session).</summary>
public enum BookingOutcome
{
    /// <summary>Done: the booking holds (or gave back, or recorded) what was asked.</summary>
    Done,

    /// <summary>This NIK already holds an active booking (returned in <see cref="BookingResult.Booking"/>); nothing was written.</summary>
    AlreadyBooked,

    /// <summary>No seat left at the session (or in the group); nothing was written.</summary>
    SessionFull,

    /// <summary>The session was cancelled, has started or is over, or does not exist.</summary>
    SessionUnavailable,

    /// <summary>The session is reserved for an institution: its seats are claimed with an invitation code only.</summary>
    Reserved,

    /// <summary>No such invitation code, or its group booking was cancelled.</summary>
    UnknownInvitation,

    /// <summary>No such booking code.</summary>
    NotFound,

    /// <summary>The booking is no longer active (cancelled, or its outcome recorded), so it cannot be moved or cancelled.</summary>
    NotActive,

    /// <summary>The change is not allowed from the booking's state (e.g. recording an outcome on a cancelled booking).</summary>
    IllegalChange,
}
