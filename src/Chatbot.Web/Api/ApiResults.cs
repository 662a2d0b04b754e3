using System.Security.Claims;
using Chatbot.Core.Accounts;
using Chatbot.Desk;
using Chatbot.Web.OperatorConsole;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Api;

/// <summary>Operation results as HTTP: 200 with the value, else a problem (404, 403, 409, 422) with a readable reason and a "code".</summary>
public static class ApiResults
{
    public static Results<Ok<T>, ProblemHttpResult> From<T>(OperationResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Problem(result.Outcome, result.Reason, result.Code);
    }

    public static ProblemHttpResult Problem(OperationOutcome outcome, string reason, string? code) =>
        TypedResults.Problem(
            detail: reason,
            statusCode: outcome switch
            {
                OperationOutcome.NotFound => StatusCodes.Status404NotFound,
                OperationOutcome.Forbidden => StatusCodes.Status403Forbidden,
                OperationOutcome.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            },
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult BadRequest(string reason, string code) =>
        TypedResults.Problem(detail: reason, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The signed-in user; the policies guarantee one.</summary>
    public static Actor ActorOf(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return ActorOf(httpContext.User) ?? throw new InvalidOperationException("An API endpoint ran without a signed-in user.");
    }

    /// <summary>The account the console cookie names, with its highest role; null when signed out.</summary>
    public static Actor? ActorOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = ConsolePrincipal.UserName(principal);
        if (name is null) return null;
        var role = Enum.GetValues<OperatorRole>().Where(r => principal.IsInRole(r.ToString())).DefaultIfEmpty(OperatorRole.Operator).Max();
        return new Actor(name, role);
    }
}
