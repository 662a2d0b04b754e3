using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Chatbot.Web.OperatorConsole;

/// <summary>GET /console: the staff's start page; a coordinator is sent to their IKD group bookings.</summary>
public static class HomeEndpoint
{
    public static async Task<IResult> ShowAsync(
        HttpContext httpContext, IAntiforgery antiforgery, IOperatorAccounts accounts, IHandoffQueue handoffQueue)
    {
        var cancellationToken = httpContext.RequestAborted;
        var userName = ConsolePrincipal.UserName(httpContext.User);
        var account = userName is null ? null : await accounts.FindAsync(userName, cancellationToken);
        if (account is null) return Results.Challenge(authenticationSchemes: [ConsoleAuthentication.Scheme]);
        if (!RoleCapabilities.Allows(account.Role, Capability.WorkCases)) return Results.Redirect(ConsoleAuthentication.CoordinatorHome);

        var waiting = await handoffQueue.CountAsync(cancellationToken);
        return HomePage.Render(httpContext, antiforgery, account, waiting);
    }
}
