using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The words of bot.json's "intents": a message with one of them asks about requirements ("syaratnya apa") or about
/// fees and brokers ("bayar berapa", "calo"); the recogniser forgives their slang and typos as it does the services'.
/// </summary>
public sealed class BotIntents
{
    [JsonRequired]
    public IReadOnlyList<string> RequirementsQuestion { get; init; } = [];

    [JsonRequired]
    public IReadOnlyList<string> FeesOrBrokers { get; init; } = [];
}
