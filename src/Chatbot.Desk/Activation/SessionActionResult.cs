using Chatbot.Core.Activation;

namespace Chatbot.Desk.Activation;

/// <summary>
/// The answer of a session action in the console: done or refused with the reason, the session as it now stands, and
/// how many booked citizens were messaged about the change. A draft that breaks a rule names every
/// <see cref="Problems"/> (field and message); the reason then is their messages.
/// </summary>
public sealed record SessionActionResult(SessionActionOutcome Outcome, ActivationSession? Session, string Reason, int Notified = 0)
{
    public bool Succeeded => Outcome == SessionActionOutcome.Done;

    public IReadOnlyList<SessionProblem> Problems { get; init; } = [];

    public static SessionActionResult Refused(SessionActionOutcome outcome, ActivationSession? session, string reason) => new(outcome, session, reason);

    public static SessionActionResult Invalid(ActivationSession? session, IReadOnlyList<SessionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new(SessionActionOutcome.Invalid, session, string.Join(" ", problems.Select(p => p.Message))) { Problems = problems };
    }
}
