namespace Chatbot.Web.Activation;

/// <summary>A coordinator's group booking ("UND-…") with its session (null when the session is gone).</summary>
public sealed record GroupView(
    string Code,
    string SessionId,
    SessionView? Session,
    string InstitutionId,
    string InstitutionName,
    string Unit,
    string Coordinator,
    int Seats,
    int Claimed,
    bool Cancelled,
    DateTimeOffset CreatedAt);
