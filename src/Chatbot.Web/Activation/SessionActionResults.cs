using Chatbot.Desk;
using Chatbot.Desk.Activation;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>
/// A refused session action as HTTP: invalid 400 (each field's problem under its name, else the desk's reason under
/// errors.session), unknown 404, cancelled or capacity below the seats taken 409.
/// </summary>
public static class SessionActionResults
{
    public static ProblemHttpResult Refusal(SessionActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            SessionActionOutcome.Invalid => TypedResults.Problem(
                detail: result.Reason,
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = "invalid", ["errors"] = new Dictionary<string, string[]> { ["session"] = [result.Reason] } }),
            SessionActionOutcome.NotFound => NotFound(),
            SessionActionOutcome.Cancelled => ApiResults.Problem(OperationOutcome.Conflict, "Sesi sudah dibatalkan. " + result.Reason, "cancelled"),
            SessionActionOutcome.CapacityBelowTaken => ApiResults.Problem(
                OperationOutcome.Conflict, "Kapasitas baru di bawah kursi yang sudah terisi. " + result.Reason, "capacityBelowTaken"),
            _ => ApiResults.Problem(OperationOutcome.Refused, result.Reason, ProblemCode.Of(result.Outcome)),
        };
    }

    /// <summary>
    /// A 400 naming every field to fix: what could not be read (<paramref name="errors"/>) and what the desk's rules refuse
    /// (<paramref name="problems"/>, except for a field already named).
    /// </summary>
    public static ValidationProblem Invalid(FieldErrors errors, IEnumerable<SessionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(problems);
        var unread = errors.Fields.ToHashSet(StringComparer.Ordinal);
        foreach (var problem in problems.Where(p => !unread.Contains(p.Field))) errors.Add(problem.Field, problem.Message);
        return errors.ToProblem();
    }

    public static ProblemHttpResult NotFound() => ApiResults.Problem(OperationOutcome.NotFound, "Sesi tidak ditemukan.", "notFound");
}
