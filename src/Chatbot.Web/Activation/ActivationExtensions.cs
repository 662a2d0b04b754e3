using Chatbot.Core.Accounts;
using Chatbot.Desk;
using Chatbot.Web.Api;
using Chatbot.Web.OperatorConsole;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Activation;

/// <summary>
/// IKD activation sessions in the host: the "Activation" options (validated at start), the reminder worker
/// and the API under /api/ikd (its policies: CapabilityPolicies). The host calls, after AddChatbotRedis, AddChatbotBot and
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
        services.AddSingleton<ActivationProgressQuery>();
        services.AddHostedService<ActivationReminderWorker>();
        return services;
    }

    public static WebApplication MapActivationApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ikd = app.MapGroup(ActivationPaths.Root).AddEndpointFilter<ApiAntiforgeryFilter>().WithTags("ikd");

        var everyone = ikd.MapGroup(string.Empty).RequireSignedIn();
        everyone.MapGet("/areas", DirectoryEndpoints.Areas);
        everyone.MapGet("/sessions", SessionEndpoints.ListAsync);
        everyone.MapGet("/sessions/{id}", SessionEndpoints.GetAsync);

        var viewers = ikd.MapGroup(string.Empty).RequireCapability(Capability.ViewIkdSessions);
        viewers.MapGet("/institutions", DirectoryEndpoints.InstitutionsAsync);
        viewers.MapGet("/sessions/{id}/bookings", SessionEndpoints.BookingsAsync);

        var checkIn = ikd.MapGroup(string.Empty).RequireCapability(Capability.CheckInIkd);
        checkIn.MapGet("/checkin/find", CheckInEndpoints.FindAsync);
        checkIn.MapPost("/bookings/{code}/outcome", CheckInEndpoints.RecordOutcomeAsync);

        var managers = ikd.MapGroup(string.Empty).RequireCapability(Capability.ManageIkdSessions);
        managers.MapPost("/institutions", DirectoryEndpoints.CreateInstitutionAsync);
        managers.MapPost("/sessions", SessionEndpoints.CreateAsync);
        managers.MapPut("/sessions/{id}", SessionEndpoints.EditAsync);
        managers.MapPost("/sessions/{id}/cancel", SessionEndpoints.CancelAsync);
        managers.MapPost("/sessions/{id}/remind", SessionEndpoints.RemindAsync);

        var progress = ikd.MapGroup(string.Empty).RequireCapability(Capability.ViewIkdProgress);
        progress.MapGet("/progress", ProgressEndpoints.GetAsync);
        progress.MapGet("/progress.csv", ProgressEndpoints.CsvAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv");

        var groups = ikd.MapGroup("/groups").RequireCapability(Capability.BookIkdGroups);
        groups.MapGet(string.Empty, GroupEndpoints.ListAsync);
        groups.MapPost(string.Empty, GroupEndpoints.CreateAsync);
        groups.MapGet("/{code}", GroupEndpoints.GetAsync);
        groups.MapPost("/{code}/cancel", GroupEndpoints.CancelAsync);
        return app;
    }
}
