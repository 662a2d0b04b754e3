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
    protected override bool TakesMedia => true;

    protected override async Task<PromptRecognizerResult<IReadOnlyList<MediaRef>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var attachments = turnContext.Activity.Attachments;
        if (attachments.Count == 0) return PromptRecognizerResult<IReadOnlyList<MediaRef>>.Failure(PromptErrors.MediaNone);
        var constraints = options.Validations as MediaConstraints ?? new MediaConstraints();
        var probe = turnContext.Services?.GetService(typeof(IMediaProbe)) as IMediaProbe;

        // A plain list: the result goes into waterfall values, which must serialise.
        var accepted = new List<MediaRef>(attachments.Count);
        foreach (var declared in attachments)
        {
            var checkedItem = await MediaCheck.CheckAsync(declared, constraints, probe, ct).ConfigureAwait(false);
            if (checkedItem.Accepted is null) return PromptRecognizerResult<IReadOnlyList<MediaRef>>.Failure(checkedItem.ErrorCode!, checkedItem.ErrorArgs?.ToDictionary());
            accepted.Add(checkedItem.Accepted);
        }

        return PromptRecognizerResult<IReadOnlyList<MediaRef>>.Success(accepted);
    }
}
