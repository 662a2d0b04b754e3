using Chatbot.Web.Accounts;
using Chatbot.Web.Extensions;
using Chatbot.Web.Operability;
using Chatbot.Web.OperatorConsole;

var builder = WebApplication.CreateBuilder(args);

// "seed-operator" / "create-operator …": account commands that run and exit without starting the server.
if (await OperatorCommands.TryRunCommandAsync(args, builder)) return;

builder.AddChatbotServices();

var app = builder.Build();

// First: forwarded headers from the known proxies, ProblemDetails for unhandled errors, HSTS (Operability/).
app.UseChatbotOperability();

// Then who is signed in (the cookie, checked against the stored account), the one-time password gate (needs the account,
// before any page or API answers), what they may do, then antiforgery (checked against the signed-in user).
app.UseAuthentication();
app.UsePasswordChangeGate();
app.UseAuthorization();
app.UseAntiforgery();

app.MapChatbotEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
