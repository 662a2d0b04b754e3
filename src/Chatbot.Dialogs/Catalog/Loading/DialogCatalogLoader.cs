namespace Chatbot.Dialogs.Catalog;

/// <summary>Reads and checks a whole dialogs folder; throws <see cref="DialogCatalogException"/> listing every problem.</summary>
internal static class DialogCatalogLoader
{
    public static DialogCatalog Load(string dialogsPath)
    {
        var context = new LoadContext(dialogsPath);
        if (!Directory.Exists(context.DialogsPath))
        {
            throw new DialogCatalogException([new DialogFileException(dialogsPath, "$", $"the dialogs folder does not exist ({context.DialogsPath}); set Bot:DialogsPath")]);
        }

        context.Texts = TextsValidator.Read(context);

        var botPath = context.Full("bot.json");
        var bot = DialogJson.Read<BotSettings>(botPath, context.Relative(botPath), context.Errors, out var botClean);
        if (bot?.DefaultLanguage is { } language && context.Texts.HasLanguage(language)) context.DefaultLanguage = language;
        TextsValidator.CheckLanguages(context);
        var calendar = bot is null ? null : Guard(botClean, () => BotValidator.Check(context, bot, context.Relative(botPath)));

        var officesPath = context.Full("offices.json");
        var offices = DialogJson.Read<OfficeCatalogFile>(officesPath, context.Relative(officesPath), context.Errors, out var officesClean);
        if (offices is not null) Guard(officesClean, () => OfficesValidator.Check(context, offices, context.Relative(officesPath)));

        var flows = ReadFlows(context, out var flowFiles);

        var servicesPath = context.Full("services.json");
        var services = DialogJson.Read<ServiceCatalogFile>(servicesPath, context.Relative(servicesPath), context.Errors, out var servicesClean);
        if (services is not null) Guard(servicesClean, () => ServicesValidator.Check(context, services, context.Relative(servicesPath), botClean ? bot : null, flowFiles));

        if (context.Errors.Count > 0 || bot is null || calendar is null || offices is null || services is null)
        {
            throw new DialogCatalogException(context.Errors.All);
        }

        return new DialogCatalog(bot, calendar, services.Services, offices.Offices, flows, context.Texts);
    }

    /// <summary>
    /// Runs the checks of a file. A file whose shape was wrong was read leniently and may hold nulls the checks do not
    /// expect; a failure there adds nothing to the shape errors already reported, so it is ignored.
    /// </summary>
    private static void Guard(bool clean, Action check) => Guard<object?>(clean, () =>
    {
        check();
        return null;
    });

    private static T? Guard<T>(bool clean, Func<T?> check)
    {
        if (clean) return check();
        try
        {
            return check();
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentNullException or InvalidOperationException)
        {
            return default;
        }
    }

    private static Dictionary<string, FlowDefinition> ReadFlows(LoadContext context, out HashSet<string> flowFiles)
    {
        var flows = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        flowFiles = new HashSet<string>(StringComparer.Ordinal);
        var folder = context.Full("flows");
        if (!Directory.Exists(folder)) return flows;
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            flowFiles.Add(id);
            var file = context.Relative(path);
            var flow = DialogJson.Read<FlowDefinition>(path, file, context.Errors, out var clean);
            if (flow is null) continue;
            Guard(clean, () => FlowValidator.Check(context, flow, file, id));
            flows[id] = flow;
        }

        return flows;
    }
}
