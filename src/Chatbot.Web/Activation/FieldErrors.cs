using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>Validation errors of one request, each under the (camelCase) name of its field; answered as a 400 problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    /// <summary>The fields named so far.</summary>
    public IReadOnlyCollection<string> Fields => errors.Keys;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public ValidationProblem ToProblem() => Problem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>One field's error; <paramref name="code"/> names the kind of error for a program ("invalid" unless told).</summary>
    public static ValidationProblem Single(string field, string message, string code = "invalid") =>
        Problem(new Dictionary<string, string[]> { [field] = [message] }, code);

    private static ValidationProblem Problem(Dictionary<string, string[]> errors, string code = "invalid") =>
        TypedResults.ValidationProblem(
            errors,
            detail: "Periksa isian: " + string.Join(", ", errors.Keys) + ".",
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
