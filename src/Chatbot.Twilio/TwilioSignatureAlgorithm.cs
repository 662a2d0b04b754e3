namespace Chatbot.Twilio;

/// <summary>
/// The hash behind X-Twilio-Signature. Without X-Twilio-Webhooks-Signature-Settings Twilio signs with the account's
/// auth token and HMAC-SHA1; when a Webhooks Rule matches the URL it signs with the rule's SharedKey and the header
/// names the algorithm ("key=KS…,algorithm=HMAC_SHA256"). Only the hash and the secret change, never the signed text.
/// </summary>
public enum TwilioSignatureAlgorithm
{
    HmacSha1,
    HmacSha256,
}

/// <summary>What X-Twilio-Webhooks-Signature-Settings says: which secret and which hash, or why it cannot be used.</summary>
public readonly record struct TwilioSignatureSettings(bool UsesSharedKey, TwilioSignatureAlgorithm Algorithm, string? KeyId, string? Failure)
{
    public const string Sha1Name = "HMAC_SHA1";
    public const string Sha256Name = "HMAC_SHA256";

    /// <summary>Absent header: the auth token and HMAC-SHA1. A malformed header or an unknown algorithm fails (answer 403).</summary>
    public static TwilioSignatureSettings Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return new(false, TwilioSignatureAlgorithm.HmacSha1, null, null);

        string? key = null, algorithm = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) continue;
            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name.Equals("key", StringComparison.OrdinalIgnoreCase)) key = value;
            else if (name.Equals("algorithm", StringComparison.OrdinalIgnoreCase)) algorithm = value;
        }

        return algorithm switch
        {
            Sha256Name => new(true, TwilioSignatureAlgorithm.HmacSha256, key, null),
            Sha1Name => new(true, TwilioSignatureAlgorithm.HmacSha1, key, null),
            null => new(true, TwilioSignatureAlgorithm.HmacSha1, key, $"{TwilioHeaders.SignatureSettings} names no algorithm"),
            _ => new(true, TwilioSignatureAlgorithm.HmacSha1, key, $"{TwilioHeaders.SignatureSettings} names an unsupported algorithm"),
        };
    }
}
