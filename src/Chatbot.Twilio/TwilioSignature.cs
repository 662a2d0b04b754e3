using System.Security.Cryptography;
using System.Text;

namespace Chatbot.Twilio;

/// <summary>
/// The X-Twilio-Signature algorithm, as Twilio's own library (npm "twilio", webhooks.js) computes it:
/// base64(HMAC-SHA1(authToken, url + for each key in ordinal order: key + value)); HMAC-SHA256 with a Webhooks Rule's
/// SharedKey instead when X-Twilio-Webhooks-Signature-Settings says so (<see cref="TwilioSignatureAlgorithm"/>). A repeated key contributes each
/// distinct value once, values in ordinal order. Ordinal order is JavaScript's default sort (UTF-16 code units).
/// </summary>
public static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters,
        TwilioSignatureAlgorithm algorithm = TwilioSignatureAlgorithm.HmacSha1)
    {
        var data = new StringBuilder(url);
        foreach (var group in parameters.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in group.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                data.Append(group.Key).Append(value);
        }

        var key = Encoding.UTF8.GetBytes(authToken);
        var text = Encoding.UTF8.GetBytes(data.ToString());
        var mac = algorithm == TwilioSignatureAlgorithm.HmacSha256 ? HMACSHA256.HashData(key, text) : HMACSHA1.HashData(key, text);
        return Convert.ToBase64String(mac);
    }

    /// <summary>
    /// True when <paramref name="signature"/> matches the URL as received with or without its port (Twilio may
    /// have signed either "https://host/…" or "https://host:443/…"), as twilio-node's validateRequest accepts.
    /// Compared in constant time.
    /// </summary>
    public static bool IsValid(string? signature, string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters,
        TwilioSignatureAlgorithm algorithm = TwilioSignatureAlgorithm.HmacSha1)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken)) return false;
        var received = Encoding.UTF8.GetBytes(signature);
        var pairs = parameters as IReadOnlyCollection<KeyValuePair<string, string>> ?? parameters.ToList();
        var valid = false;
        foreach (var candidate in SignedUrlCandidates(url))
        {
            var expected = Encoding.UTF8.GetBytes(Compute(authToken, candidate, pairs, algorithm));
            // No early exit: every candidate costs the same whichever matched.
            valid |= CryptographicOperations.FixedTimeEquals(received, expected);
        }

        return valid;
    }

    /// <summary>The URL without its port, then with the scheme's standard port (or its own port when it has one).</summary>
    public static IReadOnlyList<string> SignedUrlCandidates(string url)
    {
        var parts = UrlParts.Split(url);
        if (parts is null) return [url];
        var withoutPort = parts.Value.Prefix + parts.Value.Host + parts.Value.Rest;
        var withPort = parts.Value.Port.Length > 0
            ? url
            : parts.Value.Prefix + parts.Value.Host + (parts.Value.IsHttps ? ":443" : ":80") + parts.Value.Rest;
        return withoutPort == withPort ? [withoutPort] : [withoutPort, withPort];
    }

    /// <summary>Splits a URL without normalising it, so the path and query keep the exact characters Twilio signed.</summary>
    private readonly record struct UrlParts(string Prefix, string Host, string Port, string Rest, bool IsHttps)
    {
        public static UrlParts? Split(string url)
        {
            var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd <= 0 || !char.IsAsciiLetter(url[0])) return null;
            var scheme = url[..schemeEnd];
            if (!scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-')) return null;

            var authorityStart = schemeEnd + 3;
            var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
            if (authorityEnd < 0) authorityEnd = url.Length;
            var authority = url[authorityStart..authorityEnd];
            var userInfoEnd = authority.LastIndexOf('@');
            var userInfo = authority[..(userInfoEnd + 1)];
            var hostAndPort = authority[(userInfoEnd + 1)..];
            // A colon only starts the port after the closing bracket of an IPv6 literal.
            var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
            var host = portStart < 0 ? hostAndPort : hostAndPort[..portStart];
            var port = portStart < 0 ? string.Empty : hostAndPort[portStart..];
            return new UrlParts(url[..authorityStart] + userInfo, host, port, url[authorityEnd..],
                scheme.Equals("https", StringComparison.OrdinalIgnoreCase));
        }
    }
}
