namespace Chatbot.Dialogs.Bot;

/// <summary>What the delivery dialog is begun with (kept in the dialog state): the printed case, and whether the citizen came back from a flow to choose again.</summary>
public sealed class DeliveryOptions
{
    public string Code { get; set; } = string.Empty;

    public bool Again { get; set; }
}
