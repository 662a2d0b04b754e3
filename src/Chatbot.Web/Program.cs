using Chatbot.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

// "seed-operator" / "create-operator …": account commands that run and exit without starting the server.
if (await Chatbot.Web.Accounts.OperatorCommands.TryRunCommandAsync(args, builder)) return;

builder.AddChatbotServices();

var app = builder.Build();

app.MapChatbotEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
