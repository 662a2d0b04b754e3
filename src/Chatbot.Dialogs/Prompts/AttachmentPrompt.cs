using System.Globalization;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;

namespace Chatbot.Dialogs.Prompts;

/// <summary>
/// Photos or documents. The declared type and size are checked against <see cref="MediaConstraints"/>; when an
/// <see cref="IMediaProbe"/> is registered the real type and size are checked too, because a declared type is only a claim.
/// </summary>
public sealed class AttachmentPrompt(string dialogId, PromptValidator<IReadOnlyList<MediaRef>>? validator = null)
    : Prompt<IReadOnlyList<MediaRef>>(dialogId, validator)
{
    protected override async Task<PromptRecognizerResult<IReadOnlyList<MediaRef>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var attachments = turnContext.Activity.Attachments;
        if (attachments.Count == 0) return Failure(PromptErrors.MediaNone);
        var constraints = options.Validations as MediaConstraints ?? new MediaConstraints();
        var probe = turnContext.Services?.GetService(typeof(IMediaProbe)) as IMediaProbe;

        // A plain list: the result goes into waterfall values, which must serialise.
        var accepted = new List<MediaRef>(attachments.Count);
        foreach (var declared in attachments)
        {
            if (Check(declared, constraints) is { } declaredError) return declaredError;
            // An unreachable item (probe returns null) is judged by what was declared rather than refusing the citizen.
            var real = probe is null ? null : await probe.ProbeAsync(declared, ct).ConfigureAwait(false);
            if (real is not null && Check(real, constraints) is { } realError) return realError;
            accepted.Add(real ?? declared);
        }

        return PromptRecognizerResult<IReadOnlyList<MediaRef>>.Success(accepted);
    }

    private static PromptRecognizerResult<IReadOnlyList<MediaRef>>? Check(MediaRef media, MediaConstraints constraints)
    {
        if (!constraints.Accepts(media.ContentType))
        {
            return Failure(PromptErrors.MediaWrongType, new Dictionary<string, string> { ["contentType"] = media.ContentType });
        }

        if (constraints.IsTooLarge(media.SizeBytes))
        {
            var maxMb = (constraints.MaxBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
            return Failure(PromptErrors.MediaTooLarge, new Dictionary<string, string> { ["maxMb"] = maxMb });
        }

        return null;
    }

    private static PromptRecognizerResult<IReadOnlyList<MediaRef>> Failure(string code, Dictionary<string, string>? args = null) =>
        PromptRecognizerResult<IReadOnlyList<MediaRef>>.Failure(code, args);
}
