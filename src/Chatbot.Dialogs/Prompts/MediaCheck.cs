using System.Globalization;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;

namespace Chatbot.Dialogs.Prompts;

/// <summary>
/// Judges one attachment against <see cref="MediaConstraints"/>: first what the message declared, then, when a probe is
/// there, what the provider really serves (a declared type is only a claim: an .exe sent as "photo.jpg" is refused by
/// its real content type). An item the probe cannot reach is judged by its declaration rather than refusing the citizen.
/// </summary>
public static class MediaCheck
{
    public static async Task<MediaCheckResult> CheckAsync(MediaRef declared, MediaConstraints constraints, IMediaProbe? probe, CancellationToken ct)
    {
        if (Judge(declared, constraints) is { } declaredError) return declaredError;
        var real = probe is null ? null : await probe.ProbeAsync(declared, ct).ConfigureAwait(false);
        if (real is not null && Judge(real, constraints) is { } realError) return realError;
        return new MediaCheckResult(real ?? declared, null, null);
    }

    private static MediaCheckResult? Judge(MediaRef media, MediaConstraints constraints)
    {
        if (!constraints.Accepts(media.ContentType))
        {
            return new MediaCheckResult(null, PromptErrors.MediaWrongType, new Dictionary<string, string> { ["contentType"] = media.ContentType });
        }

        if (constraints.IsTooLarge(media.SizeBytes))
        {
            var maxMb = (constraints.MaxBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
            return new MediaCheckResult(null, PromptErrors.MediaTooLarge, new Dictionary<string, string> { ["maxMb"] = maxMb });
        }

        return null;
    }
}

/// <summary>The accepted item (with its real type and size when probed), or the refusal's prompt error code and arguments.</summary>
public sealed record MediaCheckResult(MediaRef? Accepted, string? ErrorCode, IReadOnlyDictionary<string, string>? ErrorArgs);
