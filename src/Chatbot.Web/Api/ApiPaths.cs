namespace Chatbot.Web.Api;

public static class ApiPaths
{
    public const string Root = "/api";

    /// <summary>The header that carries the antiforgery token (from GET /api/antiforgery) on every unsafe API request.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
}
