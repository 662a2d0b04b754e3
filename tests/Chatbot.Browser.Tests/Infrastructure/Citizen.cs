using System.Globalization;
using Chatbot.Core.Messaging;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>
/// A citizen on WhatsApp: each message is the form Twilio posts to /twilio/whatsapp, signed with the account's auth token
/// (<see cref="TwilioSignature"/>) against the public URL, posted over HTTP to the running service.
/// </summary>
public sealed class Citizen(ConsoleEnvironment environment, string phone, string profileName)
{
    private static int next;

    public string Phone { get; } = phone;

    public string ProfileName { get; } = profileName;

    public string WhatsApp => TwilioAddress.ToWhatsApp(Phone);

    /// <summary>A new number for each citizen of the run: +62 8 77 {pid} {n}.</summary>
    public static Citizen Create(ConsoleEnvironment environment, string profileName) =>
        new(environment, string.Create(CultureInfo.InvariantCulture, $"+62877{Environment.ProcessId % 10000:0000}{Interlocked.Increment(ref next):0000}"), profileName);

    /// <summary>Posts the message (signed) and checks the service took it (200).</summary>
    public async Task SendAsync(string text)
    {
        var form = SimulatedInboundWebhook.Form(new SimulatedCitizenMessage(SimulatedSid.Message(), Phone, ProfileName, text, Array.Empty<MediaRef>()), environment.Account);
        using var request = new HttpRequestMessage(HttpMethod.Post, environment.Service.BaseUrl + TwilioPaths.WhatsAppWebhook)
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.TryAddWithoutValidation(TwilioHeaders.Signature,
            TwilioSignature.Compute(environment.Account.AuthToken, environment.Account.PublicBaseUrl!.TrimEnd('/') + TwilioPaths.WhatsAppWebhook, form));
        using var response = await environment.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"The webhook answered {(int)response.StatusCode} to '{text}'.");
    }

    /// <summary>Sends <paramref name="text"/> and waits for the bot's answer that contains <paramref name="expected"/>.</summary>
    public async Task<SentMessage> SayAsync(string text, string expected)
    {
        var after = environment.Sink.LastSequence;
        await SendAsync(text);
        return await environment.Sink.WaitForAsync(WhatsApp, m => m.Body?.Contains(expected, StringComparison.OrdinalIgnoreCase) == true, after,
            what: $"containing \"{expected}\" after \"{text}\"");
    }

    /// <summary>The report of a recorded e-KTP, from "halo" to the case code; returns the code (e.g. "ABC-234").</summary>
    public async Task<string> ReportRecordedKtpAsync(string nik, string fullName)
    {
        await SayAsync("halo", "pilih layanan");
        await SayAsync("1", "persetujuan");
        await SayAsync("ya", "NIK");
        await SayAsync(nik, "nama lengkap");
        await SayAsync(fullName, "kecamatan");
        await SayAsync("pulomerak", "Kapan");
        await SayAsync("kemarin", "foto");
        await SayAsync("lewati", "benar");
        var done = await SayAsync("1", "kami terima");
        var match = System.Text.RegularExpressions.Regex.Match(done.Body ?? string.Empty, @"\b([A-Z2-9]{3}-[A-Z2-9]{3})\b");
        Assert.True(match.Success, "No case code in: " + done.Body);
        return match.Groups[1].Value;
    }
}
