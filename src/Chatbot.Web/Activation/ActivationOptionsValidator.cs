using Microsoft.Extensions.Options;

namespace Chatbot.Web.Activation;

/// <summary>Checks the "Activation" section at start; the message names the option to fix.</summary>
public sealed class ActivationOptionsValidator : IValidateOptions<ActivationOptions>
{
    public ValidateOptionsResult Validate(string? name, ActivationOptions options) =>
        options.ReminderIntervalSeconds is < 1 or > 3600
            ? ValidateOptionsResult.Fail("Activation:ReminderIntervalSeconds must be between 1 and 3600 (default 30).")
            : ValidateOptionsResult.Success;
}
