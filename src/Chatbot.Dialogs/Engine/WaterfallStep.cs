namespace Chatbot.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: ask something (return a prompt's result) or move on.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken ct);
