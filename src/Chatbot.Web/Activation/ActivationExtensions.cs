using Chatbot.Desk;
using Chatbot.Web.Api;
using Chatbot.Web.OperatorConsole;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Activation;

/// <summary>
/// IKD activation sessions in the host: the "Activation" options (validated at start), the reminder worker, the
/// coordinators' policy, and the API under /api/ikd. The host calls, after AddChatbotRedis, AddChatbotBot and
/// AddChatbotOperations, and after MapChatbotConsole:
/// <code>
/// builder.Services.AddChatbotActivation();
/// app.MapActivationApi();
/// </code>
/// </summary>
public static class ActivationExtensions
{
    public static IServiceCollection AddChatbotActivation(this IServiceCollection services)
    {
        services.AddOptions<ActivationOptions>().BindConfiguration(ActivationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ActivationOptions>, ActivationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddChatbotDesk();
        services.AddSingleton<ActivationViewSource>();
        services.AddSingleton<SessionDraftParser>();
        services.AddSingleton<ActivationProgressQuery>();
        services.AddHostedService<ActivationReminderWorker>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.IkdGroups, policy => policy
                .AddAuthenticationSchemes(ConsoleAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(ApiPolicies.IkdGroupsRoles));
        return services;
    }

    public static WebApplication MapActivationApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ikd = app.MapGroup(ActivationPaths.Root).AddEndpointFilter<ApiAntiforgeryFilter>().WithTags("ikd");

        var everyone = ikd.MapGroup(string.Empty).RequireAuthorization(ApiPolicies.SignedIn);
        everyone.MapGet("/areas", DirectoryEndpoints.Areas);
        everyone.MapGet("/sessions", SessionEndpoints.ListAsync);
        everyone.MapGet("/sessions/{id}", SessionEndpoints.GetAsync);

        var staff = ikd.MapGroup(string.Empty).RequireAuthorization(ApiPolicies.Operator);
        staff.MapGet("/institutions", DirectoryEndpoints.InstitutionsAsync);
        staff.MapGet("/sessions/{id}/bookings", SessionEndpoints.BookingsAsync);
        staff.MapGet("/checkin/find", CheckInEndpoints.FindAsync);
        staff.MapPost("/bookings/{code}/outcome", CheckInEndpoints.RecordOutcomeAsync);

        var supervisors = ikd.MapGroup(string.Empty).RequireAuthorization(ApiPolicies.Supervisor);
        supervisors.MapPost("/institutions", DirectoryEndpoints.CreateInstitutionAsync);
        supervisors.MapPost("/sessions", SessionEndpoints.CreateAsync);
        supervisors.MapPut("/sessions/{id}", SessionEndpoints.EditAsync);
        supervisors.MapPost("/sessions/{id}/cancel", SessionEndpoints.CancelAsync);
        supervisors.MapPost("/sessions/{id}/remind", SessionEndpoints.RemindAsync);
        supervisors.MapGet("/progress", ProgressEndpoints.GetAsync);
        supervisors.MapGet("/progress.csv", ProgressEndpoints.CsvAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv");

        var groups = ikd.MapGroup("/groups").RequireAuthorization(ApiPolicies.IkdGroups);
        groups.MapGet(string.Empty, GroupEndpoints.ListAsync);
        groups.MapPost(string.Empty, GroupEndpoints.CreateAsync);
        groups.MapGet("/{code}", GroupEndpoints.GetAsync);
        groups.MapPost("/{code}/cancel", GroupEndpoints.CancelAsync);
        return app;
    }
}
