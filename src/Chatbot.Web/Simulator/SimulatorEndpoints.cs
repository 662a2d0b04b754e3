using Chatbot.Web.Options;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Simulator;

/// <summary>Maps /simulator only when Simulator:Enabled (development); otherwise every /simulator URL is a 404.</summary>
public static class SimulatorEndpoints
{
    public static IEndpointRouteBuilder MapSimulator(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SimulatorOptions>>().Value.Enabled) return endpoints;

        var simulator = endpoints.MapGroup(SimulatorPaths.Root).ExcludeFromDescription().DisableAntiforgery();
        simulator.MapGet("/", () => SimulatorPage.Asset("index.html"));
        simulator.MapGet("/assets/{name}", SimulatorPage.Asset);
        simulator.MapPost("/api/send", SimulatorSendApi.HandleAsync);
        simulator.MapGet("/api/messages", SimulatorMessagesApi.Changes);
        simulator.MapPost("/api/media", SimulatorMediaApi.UploadAsync).WithMetadata(new UploadLimit());
        simulator.MapMethods("/media/{id}", [HttpMethods.Get, HttpMethods.Head], SimulatorMediaApi.Download);
        endpoints.MapPost(FakeMessagesApi.Route, FakeMessagesApi.CreateAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapGet(FakeMessagesApi.Route, FakeMessagesApi.List).ExcludeFromDescription();
        return endpoints;
    }

    private sealed class UploadLimit : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => SimulatorMediaStore.MaxBytes + 64 * 1024;
    }
}
