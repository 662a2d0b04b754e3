using Microsoft.Extensions.Options;

namespace Chatbot.Redis;

/// <summary>Fails the start with a message that names the setting to fix.</summary>
internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add("ConnectionStrings:Redis is required (e.g. \"localhost:6379\"); set it in configuration or the environment variable ConnectionStrings__Redis.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyPrefix) || options.KeyPrefix.IndexOfAny(['{', '}', ' ']) >= 0)
        {
            errors.Add("Redis:KeyPrefix must be non-empty without spaces or braces (braces would change the cluster hash tag).");
        }

        if (options.Partitions is < 1 or > 1024) errors.Add("Redis:Partitions must be between 1 and 1024.");
        if (options.ProcessedMarkerTtlHours < 1) errors.Add("Redis:ProcessedMarkerTtlHours must be at least 1.");
        if (options.TranscriptMaxEntries < 1) errors.Add("Redis:TranscriptMaxEntries must be at least 1.");
        if (options.ConversationTtlDays < 1) errors.Add("Redis:ConversationTtlDays must be at least 1.");
        if (options.ClaimMinIdleMilliseconds < 0) errors.Add("Redis:ClaimMinIdleMilliseconds must not be negative.");
        if (options.MaxPollIntervalMilliseconds < 1) errors.Add("Redis:MaxPollIntervalMilliseconds must be at least 1.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
