// A fast stand-in for Twilio's Messages API, for the benchmark only: answers every
// POST /2010-04-01/Accounts/{AccountSid}/Messages.json with 201 and a Twilio-shaped message resource, and counts.
//   GET /count     "<messages> <distinct recipients> <recipients with more than 2> <first unix ms> <last unix ms>"
//   GET /timeline  one line per second that saw messages: "<unix second> <messages>"
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var stats = new SinkStats();

app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", async (HttpContext context, string accountSid) =>
{
    var form = await context.Request.ReadFormAsync();
    var to = form["To"].ToString();
    var from = form["From"].ToString();
    var body = form["Body"].ToString();
    context.Response.ContentType = "application/json";
    if (to.Length == 0 || (from.Length == 0 && form["MessagingServiceSid"].Count == 0) || (body.Length == 0 && form["ContentSid"].Count == 0))
    {
        context.Response.StatusCode = 400;
        await context.Response.WriteAsync("{\"code\":21604,\"message\":\"A 'To', 'From' and 'Body' are required\",\"status\":400}", Encoding.UTF8);
        return;
    }

    stats.Record(to);
    var sid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    var resource = MessageResource(sid, accountSid, from, to, body);
    context.Response.StatusCode = 201;
    context.Response.ContentLength = resource.Length;
    await context.Response.Body.WriteAsync(resource);
});

app.MapGet("/count", () => Results.Text(stats.Summary(), "text/plain"));
app.MapGet("/timeline", () => Results.Text(stats.Timeline(), "text/plain"));

app.Run();

static byte[] MessageResource(string sid, string accountSid, string from, string to, string body)
{
    var date = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
    var uri = $"/2010-04-01/Accounts/{accountSid}/Messages/{sid}";
    using var buffer = new MemoryStream(512 + body.Length);
    using (var json = new Utf8JsonWriter(buffer))
    {
        json.WriteStartObject();
        json.WriteString("account_sid", accountSid);
        json.WriteString("api_version", "2010-04-01");
        json.WriteString("body", body);
        json.WriteString("date_created", date);
        json.WriteNull("date_sent");
        json.WriteString("date_updated", date);
        json.WriteString("direction", "outbound-api");
        json.WriteNull("error_code");
        json.WriteNull("error_message");
        json.WriteString("from", from);
        json.WriteNull("messaging_service_sid");
        json.WriteString("num_media", "0");
        json.WriteString("num_segments", "1");
        json.WriteNull("price");
        json.WriteString("price_unit", "USD");
        json.WriteString("sid", sid);
        json.WriteString("status", "queued");
        json.WriteStartObject("subresource_uris");
        json.WriteString("media", uri + "/Media.json");
        json.WriteEndObject();
        json.WriteString("to", to);
        json.WriteString("uri", uri + ".json");
        json.WriteEndObject();
    }

    return buffer.ToArray();
}

/// <summary>Message counts, per recipient and per second.</summary>
internal sealed class SinkStats
{
    private readonly ConcurrentDictionary<string, int> perRecipient = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, int> perSecond = new();
    private long count;
    private long firstMs;
    private long lastMs;

    public void Record(string to)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Interlocked.Increment(ref count);
        Interlocked.CompareExchange(ref firstMs, now, 0);
        long last;
        while ((last = Interlocked.Read(ref lastMs)) < now && Interlocked.CompareExchange(ref lastMs, now, last) != last)
        {
        }

        perRecipient.AddOrUpdate(to, 1, (_, n) => n + 1);
        perSecond.AddOrUpdate(now / 1000, 1, (_, n) => n + 1);
    }

    public string Summary()
    {
        var over = perRecipient.Values.Count(n => n > 2);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Interlocked.Read(ref count)} {perRecipient.Count} {over} {Interlocked.Read(ref firstMs)} {Interlocked.Read(ref lastMs)}\n");
    }

    public string Timeline()
    {
        var text = new StringBuilder();
        foreach (var (second, n) in perSecond.OrderBy(p => p.Key))
            text.Append(CultureInfo.InvariantCulture, $"{second} {n}\n");
        return text.ToString();
    }
}
