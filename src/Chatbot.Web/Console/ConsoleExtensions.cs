using Chatbot.Web.Accounts;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The operator console's registration. The host calls, in this order:
/// <code>
/// builder.Services.AddChatbotConsole();   // after AddChatbotRedis (it needs IOperatorAccounts and IHandoffQueue)
/// ...
/// app.MapChatbotConsole();                // adds UseAuthentication, UseAuthorization, UseAntiforgery, then /console
/// </code>
/// MapChatbotConsole is the one place that adds the authentication, authorization and antiforgery middleware (in that
/// order, so a token is checked against the signed-in user); a later part that needs them too (the REST API) must not
/// add them a second time. Call it before any middleware that ends the pipeline.
/// </summary>
public static class ConsoleExtensions
{
    /// <summary>Accounts, the console cookie (HttpOnly, SameSite=Strict, Secure on https, 8 hours sliding), antiforgery, the policies (<see cref="CapabilityPolicies"/>).</summary>
    public static IServiceCollection AddChatbotConsole(this IServiceCollection services)
    {
        services.AddOperatorAccounts();
        services.AddSingleton<ConsoleCookieEvents>();
        services.AddSingleton<AntiforgeryCheck>();

        services.AddAuthentication(ConsoleAuthentication.Scheme)
            .AddCookie(ConsoleAuthentication.Scheme, options =>
            {
                options.Cookie.Name = ConsoleAuthentication.CookieName;
                options.Cookie.Path = ConsolePaths.Root;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = ConsoleAuthentication.SessionLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = ConsolePaths.Login;
                options.LogoutPath = ConsolePaths.Logout;
                options.AccessDeniedPath = ConsolePaths.Login;
                options.ReturnUrlParameter = "returnUrl";
                options.EventsType = typeof(ConsoleCookieEvents);
            });

        services.AddCapabilityPolicies();

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ConsoleAuthentication.AntiforgeryCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = ConsoleAuthentication.AntiforgeryFieldName;
        });
        return services;
    }

    /// <summary>The authentication, password-change gate (<see cref="PasswordChangeGate"/>), authorization and antiforgery middleware, then the console's endpoints and its app's pages (<see cref="ConsoleAppEndpoints"/>).</summary>
    public static WebApplication MapChatbotConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UsePasswordChangeGate();
        app.UseAuthorization();
        app.UseAntiforgery();

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
