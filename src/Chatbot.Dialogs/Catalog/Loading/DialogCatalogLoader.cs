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
        foreach (var needed in DeliveryFlows.All.Where(f => !flowFiles.Contains(f)))
        {
            context.Errors.Add(context.Relative(context.Full("flows")), "$", $"missing flows/{needed}.json: the bot asks it after an e-KTP is printed");
        }

        if (flows.TryGetValue(DeliveryFlows.Pickup, out var pickup) && !pickup.Steps.Any(s => s.Choices?.Source == StepChoices.OfficesSource))
        {
            context.Errors.Add(context.Relative(context.Full(Path.Combine("flows", DeliveryFlows.Pickup + ".json"))), "$.steps", $"needs a choice step with \"choices\": {{ \"source\": \"{StepChoices.OfficesSource}\" }} (where the citizen picks up the card)");
        }

        var serviceFiles = ServicesValidator.Read(context);
        foreach (var (file, service, clean) in serviceFiles)
        {
            Guard(clean, () => ServicesValidator.Check(context, service, file, botClean ? bot : null, clean));
            if (service.Flow is not null)
            {
                if (flows.ContainsKey(service.Id)) context.Errors.Add(file, "$.id", $"dialogs/flows/{service.Id}.json has the same id; a service's questions are its \"steps\"");
                else flows[service.Id] = ServicesValidator.FlowOf(service);
            }
        }

        ServicesValidator.CheckAll(context, serviceFiles.Select(s => (s.File, s.Service)).ToList());
        var services = serviceFiles.Select(s => s.Service).OrderBy(s => s.Menu.Page).ThenBy(s => s.Menu.Order).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

        var templatesPath = context.Full("templates.json");
        var templates = DialogJson.Read<TemplateCatalogFile>(templatesPath, context.Relative(templatesPath), context.Errors, out var templatesClean);
        if (templates is not null) Guard(templatesClean, () => TemplatesValidator.Check(context, templates, context.Relative(templatesPath)));

        var activationPath = context.Full("ikd.json");
        var activationFile = DialogJson.Read<ActivationFile>(activationPath, context.Relative(activationPath), context.Errors, out var activationClean);
        var activation = activationFile is null ? null : Guard(activationClean, () => ActivationValidator.Check(context, activationFile, context.Relative(activationPath), officesClean ? offices : null));

        if (context.Errors.Count > 0 || bot is null || calendar is null || offices is null || services.Count == 0 || templates is null || activation is null)
        {
            throw new DialogCatalogException(context.Errors.All);
        }

        return new DialogCatalog(bot, calendar, services, offices.Offices, flows, context.Texts, templates.Templates, activation);
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
