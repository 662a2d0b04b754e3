using System.Text.RegularExpressions;
using Chatbot.Core.Cases;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// Reads dialogs/services/*.json (one service per file) and checks each against the queues of bot.json, the texts and
/// itself: names and requirements in every language, its own texts, its steps (as a flow), the documents step and
/// the conditions that refer to earlier answers.
/// </summary>
internal static partial class ServicesValidator
{
    public const string Folder = "services";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdRegex();

    [GeneratedRegex(@"^[a-z]+/[a-z0-9.+\-]+$")]
    private static partial Regex MimeRegex();

    /// <summary>Every readable service file by its path, in file-name order; their texts are added to the context's.</summary>
    public static List<(string File, ServiceDefinition Service, bool Clean)> Read(LoadContext context)
    {
        var read = new List<(string, ServiceDefinition, bool)>();
        var folder = context.Full(Folder);
        var paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (paths.Count == 0)
        {
            context.Errors.Add(context.Relative(folder), "$", "no service files: expected dialogs/services/<id>.json, one per service");
            return read;
        }

        var extra = new List<KeyValuePair<string, IReadOnlyDictionary<string, string>>>();
        foreach (var path in paths)
        {
            var file = context.Relative(path);
            var service = DialogJson.Read<ServiceDefinition>(path, file, context.Errors, out var clean);
            if (service is null) continue;
            var id = Path.GetFileNameWithoutExtension(path);
            if (service.Id != id) context.Errors.Add(file, "$.id", $"the id '{service.Id}' must equal the file name '{id}'");
            else if (!IdRegex().IsMatch(id)) context.Errors.Add(file, "$.id", $"invalid id '{id}' (lower-case letters, digits and '-', e.g. kk-baru)");
            // Read leniently, a wrong file may hold nulls; its texts are still taken so that its steps' checks find them.
            if (service.Names is not null && service.Texts is not null && service.Texts.Values.All(t => t is not null)) extra.AddRange(OwnTexts(context, file, service).ToList());
            read.Add((file, service, clean));
        }

        context.Texts = context.Texts.With(extra);
        return read;
    }

    /// <summary>The file's texts and its names (as service.{id}.title), checked like texts/*.json are.</summary>
    private static IEnumerable<KeyValuePair<string, IReadOnlyDictionary<string, string>>> OwnTexts(LoadContext context, string file, ServiceDefinition service)
    {
        var languages = context.Texts.Languages.Order(StringComparer.Ordinal).ToList();
        var prefix = ServiceDefinition.TextPrefix(service.Id);
        Localized(context, file, "$.names", service.Names);
        foreach (var language in service.Texts.Keys.Where(l => !context.Texts.HasLanguage(l)))
        {
            context.Errors.Add(file, JsonPaths.Property("$.texts", language), $"no texts/{language}.json for the language '{language}'");
        }

        var keys = service.Texts.Values.SelectMany(t => t.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var reference = service.Texts.GetValueOrDefault(context.DefaultLanguage);
        foreach (var language in languages)
        {
            var texts = service.Texts.GetValueOrDefault(language) ?? new Dictionary<string, string>();
            var at = JsonPaths.Property("$.texts", language);
            foreach (var key in keys.Where(k => !texts.ContainsKey(k)))
            {
                context.Errors.Add(file, at, $"missing text '{key}' (every language of \"texts\" needs the same keys)");
            }

            foreach (var (key, text) in texts)
            {
                var keyAt = JsonPaths.Property(at, key);
                if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length == prefix.Length) context.Errors.Add(file, keyAt, $"a service's own text key starts with '{prefix}' (e.g. {prefix}info)");
                else if (key == ServiceDefinition.TitleKey(service.Id)) context.Errors.Add(file, keyAt, "the title is made from \"names\"; remove this text");
                else if (context.Texts.Find(language, key) is not null) context.Errors.Add(file, keyAt, $"'{key}' is also in texts/{language}.json (write it in one place)");
                if (string.IsNullOrWhiteSpace(text)) context.Errors.Add(file, keyAt, "the text is empty");
                else if (TextTemplate.SyntaxError(text) is { } error) context.Errors.Add(file, keyAt, error);
                else if (reference is not null && language != context.DefaultLanguage && reference.TryGetValue(key, out var twin)
                    && !TextTemplate.Placeholders(text).SetEquals(TextTemplate.Placeholders(twin)))
                {
                    context.Errors.Add(file, keyAt, $"placeholders differ from \"{context.DefaultLanguage}\": {TextTemplate.List(TextTemplate.Placeholders(twin))} there, {TextTemplate.List(TextTemplate.Placeholders(text))} here");
                }

                context.ServiceTextFiles.TryAdd(key, file);
            }

            var own = new Dictionary<string, string>(texts, StringComparer.Ordinal);
            if (service.Names.TryGetValue(language, out var name)) own[ServiceDefinition.TitleKey(service.Id)] = name;
            yield return new(language, own);
        }
    }

    /// <summary>A name written in the file per language: every language of texts/, nothing else, none empty.</summary>
    private static void Localized(LoadContext context, string file, string at, IReadOnlyDictionary<string, string> names)
    {
        foreach (var language in context.Texts.Languages.Order(StringComparer.Ordinal).Where(l => !names.ContainsKey(l)))
        {
            context.Errors.Add(file, at, $"missing the '{language}' name (every language of texts/ needs one)");
        }

        foreach (var (language, name) in names)
        {
            if (!context.Texts.HasLanguage(language)) context.Errors.Add(file, JsonPaths.Property(at, language), $"no texts/{language}.json for the language '{language}'");
            else if (string.IsNullOrWhiteSpace(name)) context.Errors.Add(file, JsonPaths.Property(at, language), "the name is empty");
        }
    }

    /// <summary>
    /// The flow a service's steps make (id = service id), with the defaults for summary and end texts; for a service
    /// that may be for the citizen or a family member, "for whom?" is asked before the first nik step.
    /// </summary>
    public static FlowDefinition FlowOf(ServiceDefinition service, bool withRecipientStep = true) => new()
    {
        Id = service.Id,
        Steps = withRecipientStep ? RecipientStep.Insert(service) : service.Steps,
        Summary = service.Summary ?? FlowSummary.Generated,
        Done = service.Done ?? new FlowCompletion { Created = TextKeys.CaseCreated, Joined = TextKeys.CaseJoined },
        Requirements = service.Requirements,
        RequestFor = service.RequestFor,
    };

    /// <param name="clean">False when the file's shape was wrong: the conditions are not checked then (the steps they refer to may be misread).</param>
    public static void Check(LoadContext context, ServiceDefinition service, string file, BotSettings? bot, bool clean = true)
    {
        var errors = context.Errors;
        if (bot is not null && !bot.Queues.ContainsKey(service.Queue))
        {
            errors.Add(file, "$.queue", $"unknown queue '{service.Queue}' (queues in bot.json: {string.Join(", ", bot.Queues.Keys)})");
        }

        if (service.Menu.Page is not (ServiceMenu.MainPage or ServiceMenu.MorePage)) errors.Add(file, "$.menu.page", "the page is 1 (main menu) or 2 (\"layanan lain\")");
        if (service.Processing.SlaWorkingDays < 0) errors.Add(file, "$.processing.slaWorkingDays", "cannot be negative");
        if (service.Processing.TypicalWorkingDays < 0) errors.Add(file, "$.processing.typicalWorkingDays", "cannot be negative");
        if (service.Processing.TypicalWorkingDays > service.Processing.SlaWorkingDays)
        {
            errors.Add(file, "$.processing", $"the typical time ({service.Processing.TypicalWorkingDays}) is longer than the SLA target ({service.Processing.SlaWorkingDays})");
        }

        if (service.RequestFor.Count == 0) errors.Add(file, "$.requestFor", "name whom the request is for: citizen, familyMember or both");
        else if (service.RequestFor.Distinct().Count() != service.RequestFor.Count) errors.Add(file, "$.requestFor", "a recipient is listed twice");
        if (service.Info is not null) TextReferences.Require(context, file, "$.info", service.Info, []);
        CheckPhrases(context, service, file);
        CheckRequirements(context, service, file, clean);
        CheckStatusTexts(context, service, file);
        CheckHandling(context, service, file);
        if (service.Steps.Count > 0) FlowValidator.Check(context, FlowOf(service, withRecipientStep: false), file, service.Id, fromService: true);
        if (RecipientStep.IsAsked(service) && service.Steps.ToList().FindIndex(s => s.Field == RecipientStep.Field) is var taken and >= 0)
        {
            errors.Add(file, JsonPaths.Index("$.steps", taken) + ".field", $"'{RecipientStep.Field}' is the bot's own question (for whom) when \"requestFor\" lists both; name this step otherwise");
        }
    }

    /// <summary>Across all services: one IKD booking service, menu places not shared.</summary>
    public static void CheckAll(LoadContext context, IReadOnlyList<(string File, ServiceDefinition Service)> services)
    {
        string? activation = null;
        var places = new Dictionary<(int, int), string>();
        foreach (var (file, service) in services.Where(s => s.Service.IsEnabled))
        {
            if (service.Handling == ServiceHandling.Activation)
            {
                if (activation is not null) context.Errors.Add(file, "$.handling", $"only one enabled service can book IKD activation sessions ('{activation}' does already)");
                activation ??= service.Id;
            }

            if (places.TryGetValue((service.Menu.Page, service.Menu.Order), out var other)) context.Errors.Add(file, "$.menu.order", $"'{other}' has the same place in the menu (page {service.Menu.Page}, order {service.Menu.Order})");
            else places[(service.Menu.Page, service.Menu.Order)] = service.Id;
        }
    }

    private static void CheckHandling(LoadContext context, ServiceDefinition service, string file)
    {
        var errors = context.Errors;
        var documentSteps = service.Steps.Count(s => s.Type == StepType.Documents);
        switch (service.Handling)
        {
            case ServiceHandling.Flow when service.Output == ServiceOutput.InformationOnly:
                if (service.Steps.Count > 0) errors.Add(file, "$.steps", "a service with \"output\": \"informationOnly\" asks nothing (steps must be [])");
                return;
            case ServiceHandling.Flow:
                if (service.Steps.Count == 0) errors.Add(file, "$.steps", "a service handled by a flow needs its questions (or \"output\": \"informationOnly\")");
                else if (!service.Steps.Any(s => s.Type == StepType.Nik)) errors.Add(file, "$.steps", "a service that opens a case needs a nik step (the NIK the case is for)");
                break;
            default:
                if (service.Steps.Count > 0) errors.Add(file, "$.steps", $"a service handled by {(service.Handling == ServiceHandling.Operator ? "an operator" : "the IKD booking")} asks no questions of its own (steps must be [])");
                return;
        }

        if (service.Requirements.Count > 0 && documentSteps != 1)
        {
            errors.Add(file, "$.steps", $"a service with requirements needs exactly one step {{ \"field\": \"documents\", \"type\": \"documents\" }} (found {documentSteps})");
        }
        else if (service.Requirements.Count == 0 && documentSteps > 0)
        {
            errors.Add(file, JsonPaths.Index("$.steps", service.Steps.ToList().FindIndex(s => s.Type == StepType.Documents)), "a documents step needs the service's \"requirements\" (there are none)");
        }
    }

    private static void CheckPhrases(LoadContext context, ServiceDefinition service, string file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < service.Phrases.Count; i++)
        {
            var normal = WordNormalizer.Normalize(service.Phrases[i]);
            var at = JsonPaths.Index("$.phrases", i);
            if (normal.Length == 0) context.Errors.Add(file, at, "the phrase is empty");
            else if (normal.All(c => char.IsAsciiDigit(c) || c == ' ')) context.Errors.Add(file, at, "a phrase cannot be a number (numbers pick menu lines)");
            else if (!seen.Add(normal)) context.Errors.Add(file, at, $"'{service.Phrases[i]}' is listed twice");
        }
    }

    private static void CheckRequirements(LoadContext context, ServiceDefinition service, string file, bool clean)
    {
        var errors = context.Errors;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var documentsAt = service.Steps.ToList().FindIndex(s => s.Type == StepType.Documents);
        var before = documentsAt < 0 ? service.Steps : service.Steps.Take(documentsAt).ToList();
        for (var i = 0; i < service.Requirements.Count; i++)
        {
            var requirement = service.Requirements[i];
            var at = JsonPaths.Index("$.requirements", i);
            if (!IdRegex().IsMatch(requirement.Id)) errors.Add(file, at + ".id", $"invalid id '{requirement.Id}' (lower-case letters, digits and '-', e.g. surat-nikah)");
            else if (!ids.Add(requirement.Id)) errors.Add(file, at + ".id", $"duplicate requirement id '{requirement.Id}'");
            Localized(context, file, at + ".names", requirement.Names);
            if (requirement.ContentTypes.Count == 0) errors.Add(file, at + ".contentTypes", "list at least one type (e.g. \"image/jpeg\", \"application/pdf\")");
            for (var t = 0; t < requirement.ContentTypes.Count; t++)
            {
                if (!MimeRegex().IsMatch(requirement.ContentTypes[t])) errors.Add(file, JsonPaths.Index(at + ".contentTypes", t), $"'{requirement.ContentTypes[t]}' is not a media type such as image/jpeg");
            }

            if (requirement.MaxBytes <= 0) errors.Add(file, at + ".maxBytes", "must be greater than 0");
            if (requirement.When is { } when && clean)
            {
                CheckCondition(context, file, at + ".when", when, before, "the documents step");
                if (requirement.WhenText is null) errors.Add(file, at, "a requirement with \"when\" needs \"whenText\" (the condition in words, per language)");
            }

            if (requirement.WhenText is { } whenText)
            {
                if (requirement.When is null) errors.Add(file, at + ".whenText", "\"whenText\" describes a \"when\" (there is none)");
                Localized(context, file, at + ".whenText", whenText);
            }
        }

        for (var i = 0; i < service.Steps.Count; i++)
        {
            if (service.Steps[i].When is { } when && clean) CheckCondition(context, file, JsonPaths.Index("$.steps", i) + ".when", when, service.Steps.Take(i).ToList(), "this step");
        }
    }

    /// <summary>A condition names a choice or confirm step asked before, and values that step can give.</summary>
    private static void CheckCondition(LoadContext context, string file, string at, AnswerCondition when, IReadOnlyList<FlowStep> earlier, string what)
    {
        var step = earlier.FirstOrDefault(s => s.Field == when.Field);
        if (step is null)
        {
            var fields = earlier.Where(s => s.Type is StepType.Choice or StepType.Confirm).Select(s => s.Field).ToList();
            context.Errors.Add(file, at + ".field", $"unknown field '{when.Field}': a condition refers to a choice or confirm step before {what} ({(fields.Count == 0 ? "there is none" : string.Join(", ", fields))})");
            return;
        }

        IReadOnlyList<string>? values = step.Type switch
        {
            StepType.Confirm => [AnswerCondition.Yes, AnswerCondition.No],
            StepType.Choice => step.Choices?.Items?.Select(c => c.Value).ToList(),
            _ => null,
        };
        if (step.Type is not (StepType.Choice or StepType.Confirm))
        {
            context.Errors.Add(file, at + ".field", $"'{when.Field}' is a {step.Type.ToString().ToLowerInvariant()} step; a condition refers to a choice or confirm step");
            return;
        }

        if (when.In.Count == 0) context.Errors.Add(file, at + ".in", "list at least one value");
        for (var i = 0; i < when.In.Count; i++)
        {
            if (values is not null && !values.Contains(when.In[i], StringComparer.Ordinal))
            {
                context.Errors.Add(file, JsonPaths.Index(at + ".in", i), $"'{when.In[i]}' is not an answer of '{when.Field}' (expected one of {string.Join(", ", values)})");
            }
        }
    }

    private static void CheckStatusTexts(LoadContext context, ServiceDefinition service, string file)
    {
        var names = Enum.GetNames<CaseStatus>().ToDictionary(n => char.ToLowerInvariant(n[0]) + n[1..], StringComparer.Ordinal);
        foreach (var (status, key) in service.StatusTexts)
        {
            var at = JsonPaths.Property("$.statusTexts", status);
            if (!names.ContainsKey(status)) context.Errors.Add(file, at, $"unknown status '{status}' (expected one of {string.Join(", ", names.Keys)})");
            else TextReferences.Require(context, file, at, key, ["code"]);
        }
    }
}
