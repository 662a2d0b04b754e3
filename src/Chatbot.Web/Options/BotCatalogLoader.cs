using Chatbot.Dialogs.Catalog;

namespace Chatbot.Web.Options;

/// <summary>
/// Loads dialogs/ while the host is built, so that a missing folder or a broken dialog file stops the service before it
/// accepts a single message, with every problem listed (file, JSON path, reason).
/// </summary>
public static class BotCatalogLoader
{
    public static DialogCatalog Load(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{BotOptions.SectionName}:DialogsPath"] ?? new BotOptions().DialogsPath;
        var folder = DialogsDirectory.Resolve(configured, contentRoot)
            ?? throw new InvalidOperationException($"Bot:DialogsPath: the dialogs folder '{configured}' was not found from '{contentRoot}'. Set Bot__DialogsPath to the folder that holds bot.json.");
        return DialogCatalog.Load(folder);
    }
}
