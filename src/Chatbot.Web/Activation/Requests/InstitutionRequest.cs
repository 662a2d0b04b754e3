namespace Chatbot.Web.Activation;

public sealed record InstitutionRequest(string? Name);
