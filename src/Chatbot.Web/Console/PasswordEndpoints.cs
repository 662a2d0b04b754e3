using Chatbot.Core.Ports;
using Chatbot.Web.Accounts;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>GET and POST /console/kata-sandi (<see cref="PasswordPage"/>); the change itself is <see cref="AccountActions.ChangeOwnPasswordAsync"/>, as for the API.</summary>
public static class PasswordEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext httpContext, IAntiforgery antiforgery, IOperatorAccounts accounts)
    {
        var userName = ConsolePrincipal.UserName(httpContext.User);
        var account = userName is null ? null : await accounts.FindAsync(userName, httpContext.RequestAborted);
        return account is null
            ? Results.Challenge(authenticationSchemes: [ConsoleAuthentication.Scheme])
            : PasswordPage.Render(httpContext, antiforgery, account);
    }

    public static async Task<IResult> SubmitAsync(HttpContext httpContext, IAntiforgery antiforgery, IOperatorAccounts accounts, AccountActions actions)
    {
        var cancellationToken = httpContext.RequestAborted;
        var actor = ApiResults.ActorOf(httpContext.User);
        var account = actor is null ? null : await accounts.FindAsync(actor.UserName, cancellationToken);
        if (actor is null || account is null) return Results.Challenge(authenticationSchemes: [ConsoleAuthentication.Scheme]);

        var form = await httpContext.Request.ReadFormAsync(cancellationToken);
        var current = form[OperatorPasswords.CurrentPasswordField].ToString();
        var next = form[OperatorPasswords.NewPasswordField].ToString();
        if (next != form[PasswordPage.ConfirmPasswordField].ToString() && OperatorPasswords.RuleViolation(account.UserName, current, next) is null)
        {
            var mismatch = new Dictionary<string, string> { [PasswordPage.ConfirmPasswordField] = "Tidak sama dengan kata sandi baru. Ketik ulang." };
            return PasswordPage.Render(httpContext, antiforgery, account, mismatch, statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await actions.ChangeOwnPasswordAsync(actor, current, next, cancellationToken);
        switch (result.Status)
        {
            case PasswordChangeStatus.Changed:
                await ConsoleSessions.RenewAsync(httpContext, result.Account!);
                return PasswordPage.Changed();
            case PasswordChangeStatus.LockedOut:
                return PasswordPage.Render(httpContext, antiforgery, account, alert: OperatorPasswords.LockedMessage, statusCode: StatusCodes.Status403Forbidden);
            case PasswordChangeStatus.NoAccount:
                return Results.Challenge(authenticationSchemes: [ConsoleAuthentication.Scheme]);
            default:
                var errors = new Dictionary<string, string> { [result.Field!] = result.Message! };
                return PasswordPage.Render(httpContext, antiforgery, account, errors, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
