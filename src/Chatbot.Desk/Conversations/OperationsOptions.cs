using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Chatbot.Desk.Conversations;

/// <summary>
/// The top-level "Templates" and "CannedResponses" sections: WhatsApp templates approved for the office (what an
/// operator may send outside the 24-hour window) and the canned replies of the console.
/// </summary>
public sealed class OperationsOptions
{
    public const string TemplatesSection = "Templates";
    public const string CannedResponsesSection = "CannedResponses";

    public List<ApprovedTemplate> Templates { get; set; } = [];

    public List<CannedResponse> CannedResponses { get; set; } = [];

    public ApprovedTemplate? FindTemplate(string? name) =>
        Templates.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An approved template: its Content SID and the names of its numbered variables, in order ({{1}} is the first).</summary>
public sealed class ApprovedTemplate
{
    public string Name { get; set; } = string.Empty;

    public string ContentSid { get; set; } = string.Empty;

    /// <summary>What each variable holds, e.g. ["name", "code"]: the console asks for these, {{1}} = the first.</summary>
    public List<string> Variables { get; set; } = [];

    /// <summary>Optional: how the template reads, for the operator (with {name}-style placeholders).</summary>
    public string? Description { get; set; }
}

/// <summary>A canned reply; {name} (the citizen's name) and {code} (their latest case's code) are filled in.</summary>
public sealed class CannedResponse
{
    public string Name { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

/// <summary>Checks the sections at start; every message names the option to fix.</summary>
public sealed partial class OperationsOptionsValidator : IValidateOptions<OperationsOptions>
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Name();

    [GeneratedRegex("^[A-Za-z0-9]{2,64}$")]
    private static partial Regex Sid();

    public ValidateOptionsResult Validate(string? name, OperationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        for (var i = 0; i < options.Templates.Count; i++)
        {
            var template = options.Templates[i];
            var at = $"{OperationsOptions.TemplatesSection}:{i}";
            if (!Name().IsMatch(template.Name ?? string.Empty)) errors.Add($"{at}:Name must be 1 to 64 letters, digits, '-' or '_'.");
            if (!Sid().IsMatch(template.ContentSid ?? string.Empty)) errors.Add($"{at}:ContentSid must be the template's Content SID (letters and digits).");
            if (template.Variables.Any(string.IsNullOrWhiteSpace)) errors.Add($"{at}:Variables must not hold an empty name.");
        }

        foreach (var duplicate in options.Templates.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"{OperationsOptions.TemplatesSection}: the name '{duplicate.Key}' is used twice.");

        for (var i = 0; i < options.CannedResponses.Count; i++)
        {
            var canned = options.CannedResponses[i];
            var at = $"{OperationsOptions.CannedResponsesSection}:{i}";
            if (!Name().IsMatch(canned.Name ?? string.Empty)) errors.Add($"{at}:Name must be 1 to 64 letters, digits, '-' or '_'.");
            if (string.IsNullOrWhiteSpace(canned.Text)) errors.Add($"{at}:Text must not be empty.");
            else if (canned.Text.Length > ConversationActions.MaxTextLength) errors.Add($"{at}:Text is longer than {ConversationActions.MaxTextLength} characters.");
        }

        foreach (var duplicate in options.CannedResponses.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"{OperationsOptions.CannedResponsesSection}: the name '{duplicate.Key}' is used twice.");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
