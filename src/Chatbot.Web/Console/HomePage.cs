using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console's start page: the console app's shell (<see cref="ConsoleShell.App"/>) on its case list. It shows at once,
/// before any script runs, who is signed in, how many citizens wait for an operator, and the sign-out form.
/// </summary>
public static class HomePage
{
    public static IResult Render(HttpContext httpContext, IAntiforgery antiforgery, OperatorAccount account, long waiting) =>
        ConsoleShell.App("home", account, waiting, antiforgery.GetAndStoreTokens(httpContext));
}
