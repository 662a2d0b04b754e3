using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Bot;

/// <summary>Every dialog of the bot: the main menu and its prompt, and each flow of the catalogue with its prompts.</summary>
public static class BotDialogs
{
    public static DialogSet Create(DialogCatalog catalog, MainMenuDialog main)
    {
        var set = new DialogSet().Add(main).Add(new ChoicePrompt(MainMenuDialog.MenuPromptId) { AppendChoices = false });
        foreach (var flow in catalog.Flows.Values)
        {
            foreach (var dialog in new FlowDialog(flow, catalog).WithPrompts()) set.Add(dialog);
        }

        return set;
    }
}
