namespace Chatbot.Twilio.Tests;

/// <summary>
/// One generated webhook: the URL Twilio signed, and the request our server sees (scheme, Host header, raw target),
/// which differ behind a proxy (<see cref="PublicBaseUrl"/>) or by an explicit standard port.
/// </summary>
internal sealed record SignatureCase(
    int Number,
    string AuthToken,
    string SignedUrl,
    string Scheme,
    string HostHeader,
    string RawTarget,
    string? PublicBaseUrl,
    IReadOnlyList<KeyValuePair<string, string>> Form)
{
    public override string ToString() =>
        $"#{Number}: signed {SignedUrl}; seen {Scheme}://{HostHeader}{RawTarget}; public base {PublicBaseUrl ?? "-"}; {Form.Count} fields";
}
