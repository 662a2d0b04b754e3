using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Cases;
using Chatbot.Desk.Conversations;
using Chatbot.Desk.Events;
using Chatbot.Web.Accounts;
using Chatbot.Web.OperatorConsole;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Api;

/// <summary>
/// The application services (Operations/) and the REST API (/api, OpenAPI at /openapi/v1.json). The host calls:
/// <code>
/// builder.Services.AddChatbotOperations(builder.Configuration);   // after AddChatbotRedis, AddChatbotBot, AddChatbotConsole
/// ...
/// app.MapChatbotApi();                                              // its cookie and policies: AddChatbotSignIn
/// </code>
/// </summary>
public static class ApiExtensions
{
    public static IServiceCollection AddChatbotOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OperationsOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OperationsOptions>, OperationsOptionsValidator>());

        services.AddChatbotDesk();
        services.AddSingleton<AccountActions>();
        services.AddSingleton<MediaProxy>();
        services.AddHttpClient(MediaProxy.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler((handler, _) =>
            {
                // Redirects are followed by MediaProxy itself, so that the credentials never leave the provider's origin.
                if (handler is SocketsHttpHandler sockets) sockets.AllowAutoRedirect = false;
                if (handler is HttpClientHandler client) client.AllowAutoRedirect = false;
            });

        // Real time: a handled citizen message and every delivery tick reach the consoles.
        Decorate<IInboundHandler>(services, (sp, inner) => ActivatorUtilities.CreateInstance<InboundEventPublisher>(sp, inner));
        Decorate<IDeliveryLog>(services, (sp, inner) => ActivatorUtilities.CreateInstance<DeliveryEventPublisher>(sp, inner));

        services.AddSingleton<ApiAntiforgeryFilter>();

        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Layanan Adminduk: operator API";
                document.Info.Description =
                    "The operator console's API. Sign in at /console/login (cookie); every unsafe method needs the X-CSRF-TOKEN header from GET /api/antiforgery.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapChatbotApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi().AllowAnonymous();

        // Any signed-in account (coordinators too): who am I, the antiforgery token for the unsafe methods, and changing
        // one's own password; open to an account that must still change its one-time password (PasswordChangeGate).
        var everyone = app.MapGroup(ApiPaths.Root)
            .RequireSignedIn()
            .AllowWhilePasswordChangeRequired()
            .WithTags("operator");
        everyone.MapGet("/me", ApiEndpoints.MeAsync);
        everyone.MapGet("/antiforgery", ApiEndpoints.Antiforgery);
        everyone.MapPost("/me/password", ApiEndpoints.ChangePasswordAsync).AddEndpointFilter<ApiAntiforgeryFilter>();

        var api = app.MapGroup(ApiPaths.Root)
            .RequireCapability(Capability.WorkCases)
            .AddEndpointFilter<ApiAntiforgeryFilter>()
            .WithTags("operator");

        api.MapGet("/events", ConsoleEventStream.StreamAsync).Produces(StatusCodes.Status200OK, contentType: "text/event-stream");

        api.MapGet("/cases", ApiEndpoints.ListCasesAsync);
        api.MapGet("/cases/{code}", ApiEndpoints.GetCaseAsync);
        api.MapPost("/cases/{code}/reveal-nik", ApiEndpoints.RevealNikAsync);
        api.MapPost("/cases/{code}/status", ApiEndpoints.ChangeStatusAsync);
        api.MapPost("/cases/{code}/notes", ApiEndpoints.AddCaseNoteAsync);

        api.MapGet("/conversations/{id}", ApiEndpoints.GetConversationAsync);
        api.MapPost("/conversations/{id}/take-over", ApiEndpoints.TakeOverAsync);
        api.MapPost("/conversations/{id}/reply", ApiEndpoints.ReplyAsync);
        api.MapPost("/conversations/{id}/template", ApiEndpoints.SendTemplateAsync);
        api.MapPost("/conversations/{id}/hand-back", ApiEndpoints.HandBackAsync);
        api.MapPost("/conversations/{id}/transfer", ApiEndpoints.TransferAsync);
        api.MapPost("/conversations/{id}/notes", ApiEndpoints.AddConversationNoteAsync);

        api.MapGet("/media", ApiEndpoints.MediaAsync);
        api.MapGet("/templates", ApiEndpoints.Templates);
        api.MapGet("/canned-responses", ApiEndpoints.CannedResponsesAsync);

        api.MapGet("/dashboard", ApiEndpoints.DashboardAsync).RequireCapability(Capability.ViewDashboard);
        api.MapGet("/cases.csv", ApiEndpoints.CasesCsvAsync).RequireCapability(Capability.ExportCases).Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/audit", ApiEndpoints.AuditAsync).RequireCapability(Capability.ViewAudit);

        var admins = api.MapGroup("/accounts").RequireCapability(Capability.ManageAccounts);
        admins.MapGet(string.Empty, ApiEndpoints.ListAccountsAsync);
        admins.MapPost(string.Empty, ApiEndpoints.CreateAccountAsync);
        admins.MapPost("/{name}/reset-password", ApiEndpoints.ResetPasswordAsync);
        admins.MapPost("/{name}/deactivate", ApiEndpoints.DeactivateAccountAsync);
        return app;
    }

    /// <summary>Wraps the registered <typeparamref name="T"/> (the last registration) in a decorator of the same lifetime.</summary>
    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> decorate)
        where T : class
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"AddChatbotOperations needs {typeof(T).Name} registered first: call it after AddChatbotRedis and AddChatbotBot.");
        Func<IServiceProvider, T> inner = registered switch
        {
            { ImplementationFactory: { } factory } => sp => (T)factory(sp),
            { ImplementationInstance: { } instance } => _ => (T)instance,
            _ => sp => (T)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
        };
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(T), sp => decorate(sp, inner(sp)), registered.Lifetime));
    }
}
