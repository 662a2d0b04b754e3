namespace Chatbot.Web.Activation;

public sealed record InstitutionView(string Id, string Name);
