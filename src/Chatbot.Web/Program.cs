using Chatbot.Web.Extensions;
using Chatbot.Web.Operability;

var builder = WebApplication.CreateBuilder(args);

// "seed-operator" / "create-operator …": account commands that run and exit without starting the server.
if (await Chatbot.Web.Accounts.OperatorCommands.TryRunCommandAsync(args, builder)) return;

builder.AddChatbotServices();

var app = builder.Build();

// First: forwarded headers from the known proxies, ProblemDetails for unhandled errors, HSTS (Operability/).
app.UseChatbotOperability();

app.MapChatbotEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
