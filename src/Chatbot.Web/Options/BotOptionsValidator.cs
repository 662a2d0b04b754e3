using Microsoft.Extensions.Options;

namespace Chatbot.Web.Options;

/// <summary>Checks <see cref="BotOptions"/> at start; every message names the option to set.</summary>
public sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    private static readonly string[] Languages = ["id", "en"];

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.DialogsPath))
            failures.Add("Bot:DialogsPath is missing: set it to the dialogs folder (default \"dialogs\").");
        else if (DialogsDirectory.Resolve(options.DialogsPath, environment.ContentRootPath) is null)
            failures.Add($"Bot:DialogsPath: the folder \"{options.DialogsPath}\" was not found in the content root ({environment.ContentRootPath}) or any folder above it; set Bot:DialogsPath (env Bot__DialogsPath) to the dialogs folder.");

        if (!Languages.Contains(options.DefaultLanguage, StringComparer.Ordinal))
            failures.Add($"Bot:DefaultLanguage must be one of {string.Join(", ", Languages)} (default \"id\").");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
