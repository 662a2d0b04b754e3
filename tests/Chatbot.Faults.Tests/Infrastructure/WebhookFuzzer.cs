using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Chatbot.Core.Messaging;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using HeaderMediaType = Microsoft.Net.Http.Headers.MediaTypeHeaderValue;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>One fuzzed webhook request and what the service may answer.</summary>
public sealed record FuzzCase(
    int Index,
    string Kind,
    byte[] Body,
    string? ContentType,
    string? Signature,
    bool Signed,
    bool Chunked,
    bool WellFormed,
    string? Recipient);

/// <summary>
/// Fuzzed bodies for POST /twilio/whatsapp from a seeded <see cref="Random"/>: Twilio's form with random texts,
/// extra and absurd fields, missing fields, invalid percent-escapes and UTF-8, bodies over 64 KB (with and without a
/// length), thousands of fields, over-long keys, random bytes, wrong content types and broken multipart. Even cases
/// are signed exactly as the service will read the body (so they reach the parser), odd ones carry no or a wrong
/// signature.
/// </summary>
public sealed class WebhookFuzzer(int seed, TwilioOptions account, string mediaBaseUrl, int phoneBlock)
{
    private const string UrlEncoded = "application/x-www-form-urlencoded";

    private static readonly string[] Words =
        ["halo", "menu", "1", "2", "ya", "tidak", "batal", "status", "petugas", "bantuan", "english", "bahasa", "KTP", "selamat pagi", "lapor", "3672011708900001", "lewati"];

    private static readonly string[] Oddities =
    [
        "\u0000", "\u001b[31m", "\r\n", "\t", "\u200b", "\u200d", "\u202e", "\ufeff", "\ud800", "\udfff", "\uffff", "👋", "🇮🇩", "مرحبا", "你好",
        "e\u0301\u0301\u0301", "%", "&", "=", "+", "%25", "<Response/>", "]]>", "{\"a\":1}", "' OR 1=1 --", "${jndi:x}", "\\", "\"",
    ];

    private static readonly string[] AbsurdNumbers =
        ["99999999999999999999999", "-1", "2147483648", "-2147483649", "NaN", "Infinity", "1e400", "", " ", "0x10", "٣", "10", "1.5", "00000000000000000000001"];

    private static readonly string[] WrongContentTypes =
    [
        "application/json", "text/plain", "text/xml", "*/*", "", "application/x-www-form-urlencodedX", "application/octet-stream",
        UrlEncoded + "; charset=utf-7", UrlEncoded + "; charset=bogus", UrlEncoded + "; charset=utf-16", UrlEncoded + "; charset=utf-32",
        UrlEncoded + "; charset=iso-8859-1", UrlEncoded + "; charset=\"", UrlEncoded + ";;;==;", "multipart/form-data",
        "multipart/form-data; boundary=", "multipart/form-data; boundary=zzz", "application/x-www-form-urlencoded, text/plain",
    ];

    private readonly Random random = new(seed);
    private int index;

    public int Seed => seed;

    public FuzzCase Next()
    {
        var i = index++;
        var signed = i % 2 == 0;
        var roll = random.Next(100);
        var built = roll switch
        {
            < 30 => Valid(i, extraFields: 0),
            < 35 => Valid(i, extraFields: random.Next(1, 900)),
            < 45 => AbsurdMedia(i),
            < 55 => MissingField(i),
            < 65 => Corrupt(i, BadPercent),
            < 72 => Corrupt(i, BadUtf8),
            < 77 => Oversize(i),
            < 81 => ManyFields(i),
            < 84 => LongKey(i),
            < 89 => RandomBytes(),
            < 96 => WrongContentType(i),
            _ => Multipart(i),
        };

        string? signature;
        var recipient = built.Recipient;
        // Well-formed means the service's form reader takes it (it refuses, e.g., %00 as "invalid characters").
        var view = ServerView(built.Body, built.ContentType);
        var wellFormed = built.WellFormed && view is not null;
        if (signed)
        {
            signature = Sign(view ?? built.Pairs);
            recipient = ConversationOf(view ?? built.Pairs) ?? recipient;
        }
        else
        {
            signature = random.Next(5) switch
            {
                0 => null,
                1 => string.Empty,
                2 => Convert.ToBase64String(random.NextBytes(20)),
                3 => TwilioSignature.Compute("not-the-token", account.PublicBaseUrl + TwilioPaths.WhatsAppWebhook, built.Pairs),
                _ => new string('A', random.Next(100, 6000)),
            };
        }

        return new FuzzCase(i, built.Kind, built.Body, built.ContentType, signature, signed, built.Chunked, signed && wellFormed, recipient);
    }

    private string Sign(IEnumerable<KeyValuePair<string, string>> pairs) =>
        TwilioSignature.Compute(account.AuthToken, account.PublicBaseUrl!.TrimEnd('/') + TwilioPaths.WhatsAppWebhook, pairs);

    private sealed record Built(string Kind, byte[] Body, string? ContentType, List<KeyValuePair<string, string>> Pairs, bool WellFormed, string? Recipient, bool Chunked = false);

    // --- generators --------------------------------------------------------------------------------------------

    private string Phone(int i) => $"+628{phoneBlock % 100:00}{i:0000000}";

    private List<KeyValuePair<string, string>> TwilioForm(int i, string text, IReadOnlyList<MediaRef>? media = null) =>
        SimulatedInboundWebhook.Form(new SimulatedCitizenMessage(SimulatedSid.Message(), Phone(i), RandomText(30), text, media ?? []), account).ToList();

    private Built Valid(int i, int extraFields)
    {
        var text = RandomText(random.Next(0, 5) == 0 ? 1600 : 80);
        while (true)
        {
            var pairs = TwilioForm(i, text);
            for (var n = 0; n < extraFields; n++) pairs.Add(new(RandomKey(), RandomText(20)));
            Shuffle(pairs);
            var body = Encode(pairs);
            // Well-formed means under the 64 KB limit: fewer extra fields until it fits.
            if (body.Length <= 60_000 || extraFields == 0)
                return new Built(extraFields > 0 ? "valid+extras" : "valid", body, UrlEncoded, pairs, true, Phone(i));
            extraFields /= 2;
        }
    }

    private Built AbsurdMedia(int i)
    {
        var media = Enumerable.Range(0, random.Next(0, 4))
            .Select(n => new MediaRef(mediaBaseUrl + "/media/" + n, random.Next(3) == 0 ? RandomText(10) : "image/jpeg"))
            .ToList();
        var pairs = TwilioForm(i, "halo", media);
        pairs.RemoveAll(p => p.Key == TwilioFields.NumMedia);
        pairs.Add(new(TwilioFields.NumMedia, AbsurdNumbers[random.Next(AbsurdNumbers.Length)]));
        for (var n = random.Next(0, 20); n > 0; n--)
        {
            var slot = random.Next(3) == 0 ? random.Next(0, 10) : random.Next(10, 1_000_000);
            pairs.Add(new(TwilioFields.MediaUrl(slot), random.Next(4) switch
            {
                0 => "file:///etc/passwd",
                1 => "ftp://127.0.0.1/x",
                2 => "http://127.0.0.1:1/unreachable",
                _ => RandomText(40),
            }));
            pairs.Add(new(TwilioFields.MediaContentType(slot), RandomText(15)));
        }

        return new Built("absurd-media", Encode(pairs), UrlEncoded, pairs, false, Phone(i));
    }

    private Built MissingField(int i)
    {
        var pairs = TwilioForm(i, "halo");
        switch (random.Next(5))
        {
            case 0:
                pairs.RemoveAll(p => p.Key == TwilioFields.MessageSid);
                break;
            case 1:
                pairs.RemoveAll(p => p.Key is TwilioFields.From or TwilioFields.WaId);
                break;
            case 2:
                pairs.RemoveAll(p => p.Key is TwilioFields.From or TwilioFields.WaId);
                pairs.Add(new(TwilioFields.From, random.Next(2) == 0 ? "whatsapp:abc" : "whatsapp:+0" + RandomText(5)));
                break;
            case 3:
                pairs = pairs.Select(p => p.Key is TwilioFields.MessageSid ? new KeyValuePair<string, string>(p.Key, string.Empty) : p).ToList();
                break;
            default:
                pairs.Clear();
                break;
        }

        return new Built("missing-field", Encode(pairs), UrlEncoded, pairs, false, null);
    }

    private Built Corrupt(int i, Func<byte[], byte[]> corrupt)
    {
        var pairs = TwilioForm(i, RandomText(60));
        var body = corrupt(Encode(pairs));
        return new Built(corrupt == BadPercent ? "bad-percent" : "bad-utf8", body, UrlEncoded, pairs, false, null);
    }

    private byte[] BadPercent(byte[] body)
    {
        string[] bad = ["%", "%G1", "%%", "%u00e9", "%C3", "%FF%FE", "%00", "%2", "%ZZ", "%%%", "&&", "==", "=%=", "%0D%0A", "+%+"];
        var text = Encoding.ASCII.GetString(body);
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(text.Length + 1);
            text = text.Insert(at, bad[random.Next(bad.Length)]);
        }

        return Encoding.ASCII.GetBytes(text);
    }

    private byte[] BadUtf8(byte[] body)
    {
        byte[][] bad = [[0xC3], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xFE, 0xFF], [0x00]];
        var list = body.ToList();
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            var chunk = random.Next(2) == 0
                ? bad[random.Next(bad.Length)]
                : Encoding.ASCII.GetBytes(string.Concat(bad[random.Next(bad.Length)].Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture))));
            list.InsertRange(random.Next(list.Count + 1), chunk);
        }

        return list.ToArray();
    }

    private Built Oversize(int i)
    {
        var size = random.Next(3) switch
        {
            0 => 64 * 1024 + random.Next(1, 64),
            1 => random.Next(70_000, 300_000),
            _ => 1024 * 1024 + random.Next(0, 1024),
        };
        var pairs = TwilioForm(i, new string('a', size));
        return new Built("oversize", Encode(pairs), UrlEncoded, pairs, false, null, Chunked: random.Next(2) == 0);
    }

    private Built ManyFields(int i)
    {
        var pairs = TwilioForm(i, "halo");
        var count = random.Next(1_100, 12_000);
        for (var n = 0; n < count; n++) pairs.Add(new("f" + n.ToString(CultureInfo.InvariantCulture), random.Next(3) == 0 ? "x" : string.Empty));
        Shuffle(pairs);
        return new Built("many-fields", Encode(pairs), UrlEncoded, pairs, false, null);
    }

    private Built LongKey(int i)
    {
        var pairs = TwilioForm(i, "halo");
        pairs.Add(new(new string('k', random.Next(2_049, 40_000)), "v"));
        return new Built("long-key", Encode(pairs), UrlEncoded, pairs, false, null);
    }

    private Built RandomBytes()
    {
        var body = random.NextBytes(random.Next(0, 4096));
        var contentType = random.Next(3) == 0 ? null : UrlEncoded;
        return new Built("random-bytes", body, contentType, [], false, null);
    }

    private Built WrongContentType(int i)
    {
        var pairs = TwilioForm(i, "halo");
        var body = random.Next(3) == 0 ? Encoding.UTF8.GetBytes("{\"MessageSid\":\"SM1\",\"From\":\"whatsapp:+6281234567890\",\"Body\":\"halo\"}") : Encode(pairs);
        var contentType = random.Next(8) == 0 ? null : WrongContentTypes[random.Next(WrongContentTypes.Length)];
        return new Built("wrong-content-type", body, contentType, pairs, false, null);
    }

    private Built Multipart(int i)
    {
        var pairs = TwilioForm(i, "halo");
        const string boundary = "fuzzboundary";
        var text = new StringBuilder();
        foreach (var (key, value) in pairs)
            text.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(key).Append("\"\r\n\r\n").Append(value).Append("\r\n");
        switch (random.Next(4))
        {
            case 0:
                text.Append("--").Append(boundary).Append("--\r\n");
                break;
            case 1:
                break; // no closing boundary
            case 2:
                text.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"x\"; filename=\"a.bin\"\r\n")
                    .Append(new string('H', 20_000)).Append(": y\r\n\r\nz\r\n--").Append(boundary).Append("--\r\n");
                break;
            default:
                text.Insert(0, "garbage before the first boundary\r\n");
                text.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--").Append(boundary).Append("--\r\n");
                break;
        }

        return new Built("multipart", Encoding.UTF8.GetBytes(text.ToString()), $"multipart/form-data; boundary={boundary}", pairs, false, null);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /// <summary>
    /// The pairs the service will see for this body: an urlencoded body read as ASP.NET reads it (FormPipeReader, the
    /// charset of the content type), an empty form for a non-form content type, and null when it cannot be mirrored
    /// (multipart, or a body the reader refuses).
    /// </summary>
    public static List<KeyValuePair<string, string>>? ServerView(byte[] body, string? contentType)
    {
        if (contentType is null || !HeaderMediaType.TryParse(contentType, out var mediaType)) return [];
        if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)) return null;
        if (!mediaType.MediaType.Equals(UrlEncoded, StringComparison.OrdinalIgnoreCase)) return [];
        try
        {
            var encoding = mediaType.Encoding;
            if (encoding is null || encoding.CodePage == 65000) encoding = Encoding.UTF8; // UTF-7 is refused, as ASP.NET does
            var reader = new FormPipeReader(PipeReader.Create(new MemoryStream(body)), encoding);
            var form = reader.ReadFormAsync().GetAwaiter().GetResult();
            return form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty))).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or DecoderFallbackException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The conversation (as Twilio's "To" of the replies) a form is about, as the service reads it: WaId, else From.</summary>
    public static string? ConversationOf(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        string? First(string key) => pairs.Where(p => p.Key == key).Select(p => p.Value).FirstOrDefault() is { Length: > 0 } value ? value : null;
        return TwilioAddress.TryE164(First(TwilioFields.WaId), out var e164) || TwilioAddress.TryE164(First(TwilioFields.From), out e164)
            ? TwilioAddress.ToWhatsApp(e164)
            : null;
    }

    public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (text.Length > 0) text.Append('&');
            text.Append(Escape(key)).Append('=').Append(Escape(value));
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') text.Append(c);
            else if (c == ' ') text.Append('+');
            else text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private string RandomText(int maxLength)
    {
        var text = new StringBuilder();
        var target = random.Next(0, maxLength + 1);
        while (text.Length < target)
        {
            text.Append(random.Next(4) switch
            {
                0 => Words[random.Next(Words.Length)],
                1 => Oddities[random.Next(Oddities.Length)],
                2 => ((char)random.Next(0x20, 0x7F)).ToString(),
                _ => ((char)random.Next(0xA0, 0xD7FF)).ToString(),
            });
            if (random.Next(3) == 0) text.Append(' ');
        }

        return text.Length > maxLength ? text.ToString(0, maxLength) : text.ToString();
    }

    private string RandomKey() => random.Next(4) switch
    {
        0 => "Extra" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
        1 => RandomText(12),
        2 => TwilioFields.Body,
        _ => "ButtonPayload",
    };

    private void Shuffle<T>(List<T> list)
    {
        for (var n = list.Count - 1; n > 0; n--)
        {
            var k = random.Next(n + 1);
            (list[n], list[k]) = (list[k], list[n]);
        }
    }
}

internal static class RandomExtensions
{
    public static byte[] NextBytes(this Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
