using System.Text;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// Random but reproducible webhook requests (fixed seed): Indonesian text, emoji, empty values, repeated keys,
/// query strings, explicit ports, https behind a proxy.
/// </summary>
internal sealed class SignatureCaseGenerator(int seed)
{
    private static readonly string[] Texts =
    [
        "Selamat pagi, saya mau urus e-KTP",
        "Kartu Keluarga saya hilang; bagaimana caranya?",
        "NIK 3604011234560001, nama: Siti Nurhaliza",
        "Terima kasih banyak 🙏",
        "Kirim lewat Pos ya 📦🇮🇩",
        "Alamat: Jl. Merdeka No. 5, RT 01/RW 02, Cilegon",
        "😀👍🏽 ok",
        "baris satu\nbaris dua\r\nbaris tiga",
        "tanda & = + % # ? / \\ \" ' < >",
        "Crème brûlée, ñandú, Ärger",
        "   spasi di depan dan belakang   ",
        "",
    ];

    private static readonly string[] QueryValues =
        ["1", "Jl.%20Merdeka", "%F0%9F%99%8F", "a'b", "x+y", "", "%C3%A9t%C3%A9", "A~B_C-D.E", "(kurung)!*", "%26%3D"];

    private static readonly string[] ExtraKeys = ["a", "_b", "z9", "X-Custom", "Tag", "Kategori", "param.nested", "m[0]"];

    private readonly Random _random = new(seed);

    public SignatureCase Next(int number)
    {
        var target = Pick(["/twilio/whatsapp", "/twilio/status", "/api/v1/twilio/whatsapp", "/twilio/whatsapp/"]) + Query();
        var token = Token();
        var form = Form();
        var scheme = Pick(["https", "http"]);

        // A quarter of the requests reach us through a TLS-terminating proxy: Twilio signed the public URL.
        if (_random.Next(4) == 0)
        {
            var publicBase = Pick(["https://adminduk.example.go.id", "https://adminduk.example.go.id/", "https://wa.dukcapil.example.id:8443", "https://proxy.example.org/cilegon"]);
            return new SignatureCase(number, token, publicBase.TrimEnd('/') + target, "http", "127.0.0.1:5080", target, publicBase, form);
        }

        var host = Pick(["bot.disdukcapil.example.go.id", "localhost", "127.0.0.1", "[::1]", "Bot.Example.ORG"]);
        var standard = scheme == "https" ? ":443" : ":80";
        string signedAuthority, hostHeader;
        switch (_random.Next(4))
        {
            case 0: // no port anywhere
                signedAuthority = hostHeader = host;
                break;
            case 1: // Twilio signed the standard port, the Host header has none
                signedAuthority = host + standard;
                hostHeader = host;
                break;
            case 2: // the Host header names the standard port, Twilio's URL did not
                signedAuthority = host;
                hostHeader = host + standard;
                break;
            default: // a non-standard port is part of both
                var port = Pick([":8443", ":5000", ":8080"]);
                signedAuthority = hostHeader = host + port;
                break;
        }

        return new SignatureCase(number, token, scheme + "://" + signedAuthority + target, scheme, hostHeader, target, null, form);
    }

    /// <summary>A Twilio-like WhatsApp form, sometimes with extra and repeated keys (keys never differ only by case).</summary>
    private List<KeyValuePair<string, string>> Form()
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", "SM" + Hex(32)),
            new("AccountSid", "AC" + Hex(32)),
            new("From", "whatsapp:+628" + Digits(9)),
            new("To", "whatsapp:+14155238886"),
            new("Body", Pick(Texts)),
        };
        if (_random.Next(2) == 0) form.Add(new("ProfileName", Pick(["Budi Santoso", "Siti 🌸", "", "Ñoño"])));
        if (_random.Next(3) == 0)
        {
            form.Add(new("NumMedia", "2"));
            form.Add(new("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC" + Hex(32) + "/Messages/MM" + Hex(32) + "/Media/ME" + Hex(32)));
            form.Add(new("MediaContentType0", "image/jpeg"));
        }

        var extras = _random.Next(4);
        for (var i = 0; i < extras; i++)
        {
            var key = Pick(ExtraKeys);
            if (form.Any(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase) && !f.Key.Equals(key, StringComparison.Ordinal))) continue;
            // The same key again (repeated, possibly with a duplicate value), as Twilio sends for multi-valued fields.
            var repeats = 1 + _random.Next(3);
            for (var r = 0; r < repeats; r++) form.Add(new(key, Pick(["", "x", "ya", "tidak", "🙏", "b", "B", "x"])));
        }

        return form.OrderBy(_ => _random.Next()).ToList();
    }

    private string Query()
    {
        if (_random.Next(3) == 0) return string.Empty;
        var parts = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ =>
            _random.Next(6) == 0 ? "flag" : Pick(["kantor", "lang", "q", "k"]) + "=" + Pick(QueryValues));
        return "?" + string.Join('&', parts);
    }

    private string Token() =>
        _random.Next(5) == 0 ? "tökén-" + Digits(6) + "-ß" : Hex(32);

    private string Hex(int length) => Chars("0123456789abcdef", length);

    private string Digits(int length) => Chars("0123456789", length);

    private string Chars(string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++) text.Append(alphabet[_random.Next(alphabet.Length)]);
        return text.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
