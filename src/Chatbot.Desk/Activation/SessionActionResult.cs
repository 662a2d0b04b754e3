using Chatbot.Core.Activation;

namespace Chatbot.Desk.Activation;

/// <summary>
/// The answer of a session action in the console: done or refused with the reason (in English, for the console), the
/// session as it now stands, and how many booked citizens were messaged about the change.
/// </summary>
public sealed record SessionActionResult(SessionActionOutcome Outcome, ActivationSession? Session, string Reason, int Notified = 0)
{
    public bool Succeeded => Outcome == SessionActionOutcome.Done;

    public static SessionActionResult Refused(SessionActionOutcome outcome, ActivationSession? session, string reason) => new(outcome, session, reason);
}
