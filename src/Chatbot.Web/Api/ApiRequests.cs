namespace Chatbot.Web.Api;

// Request bodies of the API (JSON, camelCase).

public sealed record StatusChangeRequest(string? Status, string? Note, string? TrackingNumber, string? PickupCode);

public sealed record TextRequest(string? Text);

public sealed record TemplateRequest(string? Name, Dictionary<string, string>? Variables);

public sealed record TransferRequest(string? Queue, string? Operator);

/// <summary><see cref="Institution"/>: required for a Coordinator; an institution id, or a new institution's name (created).</summary>
public sealed record CreateAccountRequest(string? UserName, string? Role, string? DisplayName, string? Institution = null);

/// <summary>POST /api/me/password: the current password and the new one (<c>OperatorPasswords.Rule</c>).</summary>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

// Small responses.

/// <summary>
/// <see cref="Institution"/>: a coordinator's institution id (null for the office's staff). <see cref="MustChangePassword"/>:
/// signed in with a one-time password; everything but POST /api/me/password answers 403 "passwordChangeRequired" until then.
/// <see cref="Capabilities"/>: what the account may do (<see cref="Core.Accounts.CapabilityNames"/>: "workCases", …), so the
/// browser keeps no copy of the role rules; <see cref="IsSupervisor"/> and <see cref="IsAdmin"/> are two of them, kept for older clients.
/// </summary>
public sealed record MeView(
    string UserName, string DisplayName, string Role, bool IsSupervisor, bool IsAdmin, IReadOnlyList<string>? Skills, string? Institution,
    bool MustChangePassword, IReadOnlyList<string> Capabilities);

public sealed record AntiforgeryTokenView(string HeaderName, string Token);

public sealed record RevealedNik(string Code, string Nik);

public sealed record TemplateView(string Name, IReadOnlyList<string> Variables, string? Description);
