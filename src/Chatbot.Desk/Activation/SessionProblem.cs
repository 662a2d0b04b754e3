namespace Chatbot.Desk.Activation;

/// <summary>What to fix in a session draft: the field (as the API names it: "areaId", "endTime", …) and why, in the reader's language.</summary>
public sealed record SessionProblem(string Field, string Message);
