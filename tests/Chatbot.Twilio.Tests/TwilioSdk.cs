using SdkRequestValidator = Twilio.Security.RequestValidator;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// Twilio's C# SDK (NuGet Twilio) as a second signature oracle, and the three edges where its validator refuses a
/// request that Twilio signed and that npm twilio and ours accept (see the README, "Twilio's SDK: where it is used
/// and where not").
/// </summary>
internal static class TwilioSdk
{
    /// <summary>The SDK's Validate; it takes one value per key, so a form with a repeated key cannot be given to it.</summary>
    public static bool Validate(string secret, string url, IReadOnlyList<KeyValuePair<string, string>> form, string signature, string? signatureSettings = null)
    {
        var validator = new SdkRequestValidator(secret);
        var parameters = form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return signatureSettings is null
            ? validator.Validate(url, parameters, signature)
            : validator.Validate(url, parameters, signature, SdkRequestValidator.GetSignatureAlgorithm(signatureSettings));
    }

    /// <summary>Why the SDK may refuse this genuine request although Twilio signed it, or null when it must accept it.</summary>
    public static string? Edge(string signedUrl, string seenUrl, IReadOnlyList<KeyValuePair<string, string>> form)
    {
        if (form.GroupBy(p => p.Key, StringComparer.Ordinal).Any(g => g.Count() > 1)) return RepeatedKeys;
        if (HasStandardPort(seenUrl) && !HasStandardPort(signedUrl)) return DefaultPort;
        if (RewrittenByUri(signedUrl) || RewrittenByUri(seenUrl)) return ReEscaped;
        return null;
    }

    public const string RepeatedKeys = "repeated keys";
    public const string DefaultPort = "default port in the URL seen, none in the URL signed";
    public const string ReEscaped = "characters System.Uri escapes or unescapes";

    private static bool HasStandardPort(string url)
    {
        var authority = Authority(url);
        return authority.EndsWith(":443", StringComparison.Ordinal) || authority.EndsWith(":80", StringComparison.Ordinal);
    }

    /// <summary>The SDK adds or removes the port through UriBuilder, which rewrites the path and query it was given.</summary>
    private static bool RewrittenByUri(string url)
    {
        var uri = new Uri(url);
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3 + Authority(url).Length;
        return uri.PathAndQuery + uri.Fragment != url[start..];
    }

    private static string Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return url[start..(end < 0 ? url.Length : end)];
    }
}
