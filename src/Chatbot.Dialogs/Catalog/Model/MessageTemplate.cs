using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// One approved WhatsApp template of dialogs/templates.json: its Twilio Content SID and, in order, what fills its
/// numbered variables ({{1}}, {{2}}, …), named from the event's known values (see <see cref="TemplateEvents"/>).
/// </summary>
public sealed class MessageTemplate
{
    [JsonRequired]
    public string ContentSid { get; init; } = string.Empty;

    [JsonRequired]
    public IReadOnlyList<string> Variables { get; init; } = [];
}
