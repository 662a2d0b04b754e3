using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>A service's place in the menu: its page (1 main, 2 "layanan lain") and its order there (ascending).</summary>
public sealed class ServiceMenu
{
    public const int MainPage = 1;
    public const int MorePage = 2;

    [JsonRequired]
    public int Page { get; init; } = MainPage;

    [JsonRequired]
    public int Order { get; init; }
}
