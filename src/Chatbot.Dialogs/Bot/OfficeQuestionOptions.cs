namespace Chatbot.Dialogs.Bot;

/// <summary>Which dialog an <see cref="OfficeQuestion"/> runs, with what (kept in the dialog state).</summary>
public sealed class OfficeQuestionOptions
{
    public string DialogId { get; set; } = string.Empty;

    public object? Options { get; set; }
}
