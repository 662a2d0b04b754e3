using Chatbot.Dialogs.Bot;
using Chatbot.Redis;
using Chatbot.Twilio;
using Chatbot.Web.Accounts;
using Chatbot.Web.Activation;
using Chatbot.Web.Api;
using Chatbot.Web.Health;
using Chatbot.Web.Operability;
using Chatbot.Web.OperatorConsole;
using Chatbot.Web.Options;
using Chatbot.Web.Routing;
using Chatbot.Web.Simulator;
using Chatbot.Web.Webhook;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Web.Extensions;

/// <summary>Everything Program.cs wires: services on the builder, endpoints on the app (the middleware is in Program.cs).</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddChatbotServices(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddChatbotOperability();
        builder.Services.AddChatbotOptions();
        builder.Services.AddChatbotRedis(builder.Configuration);
        builder.Services.AddChatbotTwilio(builder.Configuration);
        builder.Services.AddChatbotBot(BotCatalogLoader.Load(builder.Configuration, builder.Environment.ContentRootPath), builder.Configuration[$"{BotOptions.SectionName}:DefaultLanguage"]);
        builder.Services.AddChatbotWorkers();
        builder.Services.AddSimulator();
        builder.Services.AddChatbotSignIn();
        builder.Services.AddChatbotConsole();
        SharedKeyRing.AddSharedKeyRing(builder.Services);
        builder.Services.AddChatbotOperations(builder.Configuration);
        builder.Services.AddChatbotRouting(builder.Configuration);
        builder.Services.AddChatbotActivation();
        return builder;
    }

    public static WebApplication MapChatbotEndpoints(this WebApplication app)
    {
        app.MapChatbotConsole();
        app.MapHealthEndpoints();
        app.MapTwilioWebhooks();
        app.MapSimulator();
        app.MapChatbotApi();
        app.MapRoutingApi();
        app.MapActivationApi();
        return app;
    }
}
