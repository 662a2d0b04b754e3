using System.Text.Json;

namespace Chatbot.Web.Activation;

/// <summary>An outcome's name as the "code" of a problem answer (camelCase, like the rest of the API: "sessionFull").</summary>
public static class ProblemCode
{
    public static string Of<T>(T outcome)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
}
