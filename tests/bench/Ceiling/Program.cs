// The benchmark's ceiling: the cheapest ASP.NET Core answer to Twilio's webhook. It reads the form and returns the
// same empty TwiML the service returns, nothing else (no signature, no Redis). Same host defaults as the service
// (WebApplication.CreateBuilder, Kestrel, minimal API), request logging off as in the service's Production settings.
using System.Text;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

const string EmptyResponse = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

app.MapPost("/twilio/whatsapp", async (HttpRequest request) =>
{
    _ = await request.ReadFormAsync();
    return Results.Text(EmptyResponse, "text/xml", Encoding.UTF8);
}).DisableAntiforgery();

app.MapGet("/healthz", () => Results.Text("ok"));

app.Run();
