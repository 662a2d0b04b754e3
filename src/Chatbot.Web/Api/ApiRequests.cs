namespace Chatbot.Web.Api;

// Request bodies of the API (JSON, camelCase).

public sealed record StatusChangeRequest(string? Status, string? Note, string? TrackingNumber, string? PickupCode);

public sealed record TextRequest(string? Text);

public sealed record TemplateRequest(string? Name, Dictionary<string, string>? Variables);

public sealed record TransferRequest(string? Queue, string? Operator);

public sealed record CreateAccountRequest(string? UserName, string? Role, string? DisplayName);

// Small responses.

public sealed record MeView(string UserName, string DisplayName, string Role, bool IsSupervisor, bool IsAdmin, IReadOnlyList<string>? Skills);

public sealed record AntiforgeryTokenView(string HeaderName, string Token);

public sealed record RevealedNik(string Code, string Nik);

public sealed record TemplateView(string Name, IReadOnlyList<string> Variables, string? Description);
