namespace Chatbot.Web.Activation;

/// <summary>One expected person: a name, and the NIK when known (claims are matched by it).</summary>
public sealed record RosterMemberRequest(string? Name, string? Nik);
