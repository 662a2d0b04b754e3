// The benchmark's Twilio: the tests' own fake Messages API (tests/Chatbot.Testing/TwilioSink.cs) on a given loopback
// port, answering after a configurable latency (Twilio from Indonesia: about 250 ms), plus two counters:
//   GET /count     "<messages> <distinct recipients> <recipients with more than 2> <first unix ms> <last unix ms>"
//   GET /timeline  one line per second that saw messages: "<unix second> <messages>"
// Environment: BENCH_SINK_PORT, BENCH_SINK_ACCOUNT_SID, BENCH_SINK_AUTH_TOKEN (the service's account), BENCH_SINK_LATENCY_MS (0).
using System.Globalization;
using System.Text;
using Chatbot.Testing;
using Chatbot.Twilio;

var account = new TwilioOptions
{
    AccountSid = Required("BENCH_SINK_ACCOUNT_SID"),
    AuthToken = Required("BENCH_SINK_AUTH_TOKEN"),
    WhatsAppFrom = "whatsapp:+14155238886",
};
var port = int.Parse(Required("BENCH_SINK_PORT"), CultureInfo.InvariantCulture);
var latency = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SINK_LATENCY_MS"), CultureInfo.InvariantCulture, out var ms) ? ms : 0;

await using var sink = await TwilioSink.StartAsync(account, port, (app, sink) =>
{
    app.MapGet("/count", () => Results.Text(Summary(sink.Delivered()), "text/plain"));
    app.MapGet("/timeline", () => Results.Text(Timeline(sink.Delivered()), "text/plain"));
});
sink.Latency = TimeSpan.FromMilliseconds(latency);
Console.WriteLine($"Twilio sink on {sink.BaseUrl}, latency {latency} ms");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;

static string Required(string name) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set.");

static string Summary(IReadOnlyList<SentMessage> sent)
{
    var perRecipient = sent.GroupBy(m => m.To, StringComparer.Ordinal).Select(g => g.Count()).ToList();
    var first = sent.Count > 0 ? sent[0].At.ToUnixTimeMilliseconds() : 0;
    var last = sent.Count > 0 ? sent[^1].At.ToUnixTimeMilliseconds() : 0;
    return string.Create(CultureInfo.InvariantCulture, $"{sent.Count} {perRecipient.Count} {perRecipient.Count(n => n > 2)} {first} {last}\n");
}

static string Timeline(IReadOnlyList<SentMessage> sent)
{
    var text = new StringBuilder();
    foreach (var second in sent.GroupBy(m => m.At.ToUnixTimeSeconds()).OrderBy(g => g.Key))
        text.Append(CultureInfo.InvariantCulture, $"{second.Key} {second.Count()}\n");
    return text.ToString();
}
