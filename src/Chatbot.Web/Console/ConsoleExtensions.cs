using Chatbot.Web.Accounts;
using Chatbot.Web.Api;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The operator console's registration: its accounts and antiforgery check (<see cref="AddChatbotConsole"/>) and its
/// pages (<see cref="MapChatbotConsole"/>). Signing in (cookie, policies, antiforgery options) is
/// <see cref="Extensions.SignInExtensions"/>; the middleware the pages need is added by Program.cs.
/// </summary>
public static class ConsoleExtensions
{
    /// <summary>Accounts and the antiforgery check of the console's forms; call after AddChatbotRedis (it needs IOperatorAccounts and IHandoffQueue).</summary>
    public static IServiceCollection AddChatbotConsole(this IServiceCollection services)
    {
        services.AddOperatorAccounts();
        services.AddSingleton<AntiforgeryCheck>();
        return services;
    }

    /// <summary>The console's start, sign-in and password pages, its assets, its app's pages (<see cref="ConsoleAppEndpoints"/>) and the IKD pages.</summary>
    public static WebApplication MapChatbotConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var console = app.MapGroup(ConsolePaths.Root).ExcludeFromDescription();
        console.MapGet("/", HomeEndpoint.ShowAsync).RequireSignedIn();
        console.MapGet("/login", LoginEndpoints.Show).AllowAnonymous().AllowWhilePasswordChangeRequired();
        console.MapPost("/login", LoginEndpoints.SubmitAsync).AllowAnonymous().AddEndpointFilter<AntiforgeryCheck>().AllowWhilePasswordChangeRequired();
        console.MapPost("/logout", LoginEndpoints.LogoutAsync)
            .RequireSignedIn()
            .AddEndpointFilter<AntiforgeryCheck>()
            .AllowWhilePasswordChangeRequired();
        var password = console.MapGroup(ConsolePaths.Password[ConsolePaths.Root.Length..])
            .RequireSignedIn()
            .AllowWhilePasswordChangeRequired();
        password.MapGet(string.Empty, PasswordEndpoints.ShowAsync);
        password.MapPost(string.Empty, PasswordEndpoints.SubmitAsync).AddEndpointFilter<AntiforgeryCheck>();
        app.MapConsoleAssets();
        app.MapConsoleApp();
        app.MapIkdConsole();
        return app;
    }
}
