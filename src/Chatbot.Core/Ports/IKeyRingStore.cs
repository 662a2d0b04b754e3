namespace Chatbot.Core.Ports;

/// <summary>
/// Shared storage for the web host's Data Protection key ring (opaque XML documents), so that a sign-in cookie or an
/// antiforgery token issued by one instance is accepted by every other.
/// </summary>
public interface IKeyRingStore
{
    IReadOnlyList<string> GetAll();

    void Add(string element);
}
