namespace Chatbot.Desk;

/// <summary>How an operation ended; the REST API maps these to status codes (200, 404, 403, 409, 422).</summary>
public enum OperationOutcome
{
    Done,

    /// <summary>No such case or conversation (or the user may not see it: the same answer, so nothing leaks).</summary>
    NotFound,

    /// <summary>The user's role or skills do not allow it.</summary>
    Forbidden,

    /// <summary>Someone else holds or changed it (another operator took over first, the case moved meanwhile).</summary>
    Conflict,

    /// <summary>Not allowed as asked: free text outside the 24-hour window, an illegal status move, an empty text.</summary>
    Refused,
}

/// <summary>The outcome, a reason an operator can read (Bahasa Indonesia), and the value when done.</summary>
public sealed record OperationResult<T>(OperationOutcome Outcome, T? Value, string Reason = "")
{
    public bool Succeeded => Outcome == OperationOutcome.Done;

    /// <summary>A machine-readable reason for refusals (e.g. "outsideWindow", "illegalMove").</summary>
    public string? Code { get; init; }

    public static OperationResult<T> Ok(T value) => new(OperationOutcome.Done, value);

    public static OperationResult<T> Fail(OperationOutcome outcome, string reason, string? code = null) => new(outcome, default, reason) { Code = code };
}
