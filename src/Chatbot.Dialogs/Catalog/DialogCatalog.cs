using System.Globalization;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The conversations as data, loaded from the dialogs folder and checked once at start: settings, services, offices,
/// flows and every user-facing text in every language. Immutable and safe to share.
/// </summary>
public sealed class DialogCatalog
{
    private readonly Dictionary<string, ServiceDefinition> servicesById;
    private readonly Dictionary<string, GlobalWord> globalWords = new(StringComparer.Ordinal);
    private readonly KecamatanMatcher kecamatan;

    internal DialogCatalog(BotSettings bot, WorkingCalendar calendar, IReadOnlyList<ServiceDefinition> services, IReadOnlyList<Office> offices, IReadOnlyDictionary<string, FlowDefinition> flows, TextTable texts, IReadOnlyDictionary<string, MessageTemplate> templates, ActivationSettings activation)
    {
        Templates = templates;
        Activation = activation;
        Bot = bot;
        Calendar = calendar;
        Services = services;
        Offices = offices;
        Flows = flows;
        Texts = texts;
        servicesById = services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Kecamatan = offices.SelectMany(o => o.Kecamatan).ToList();
        kecamatan = new KecamatanMatcher(Kecamatan);
        Vocabularies = services.Where(s => s.Availability != ServiceAvailability.Disabled)
            .Select(s => new Recognizers.ServiceVocabulary(s.Id, [.. s.Names.Values, .. s.Phrases]))
            .ToList();
        Recognizer = new Recognizers.ServiceRecognizer(Vocabularies, new Recognizers.IntentVocabulary(bot.Intents.RequirementsQuestion, bot.Intents.FeesOrBrokers));
        foreach (var words in bot.Words.Values)
        {
            foreach (var word in Enum.GetValues<GlobalWord>())
            {
                foreach (var text in words.Of(word)) globalWords.TryAdd(WordNormalizer.Normalize(text), word);
            }
        }
    }

    public BotSettings Bot { get; }

    /// <summary>Every service citizens can ask for (enabled or coming soon): its names and phrases, in menu order.</summary>
    public IReadOnlyList<Recognizers.ServiceVocabulary> Vocabularies { get; }

    /// <summary>Finds the service a free-text message asks for, and whether it asks about requirements or fees.</summary>
    public Recognizers.ServiceRecognizer Recognizer { get; }

    public WorkingCalendar Calendar { get; }

    /// <summary>All services in file order (enabled or not).</summary>
    public IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>The services citizens can ask for, in menu order (page 1, then page 2 "layanan lain").</summary>
    public IReadOnlyList<ServiceDefinition> EnabledServices => Services.Where(s => s.IsEnabled).ToList();

    /// <summary>The enabled services of one menu page, in order.</summary>
    public IReadOnlyList<ServiceDefinition> MenuPage(int page) => Services.Where(s => s.IsEnabled && s.Menu.Page == page).ToList();

    public IReadOnlyList<Office> Offices { get; }

    /// <summary>Every kecamatan of every office, in file order (the "kecamatan" choices source).</summary>
    public IReadOnlyList<Kecamatan> Kecamatan { get; }

    public IReadOnlyDictionary<string, FlowDefinition> Flows { get; }

    public TextTable Texts { get; }

    /// <summary>
    /// The approved WhatsApp templates (dialogs/templates.json) by event ("printed", …, "ikdReminderDayBefore", …; see
    /// <see cref="TemplateEvents"/>): what the bot sends instead of free text outside the 24-hour window. Every event has one.
    /// </summary>
    public IReadOnlyDictionary<string, MessageTemplate> Templates { get; }

    /// <summary>IKD activation (dialogs/ikd.json): people per officer, booking horizon, and the target of every area.</summary>
    public ActivationSettings Activation { get; }

    /// <summary>An office of offices.json by id, or null.</summary>
    public Office? FindOffice(string? id) => Offices.FirstOrDefault(o => o.Id == id);

    public string DefaultLanguage => Bot.DefaultLanguage;

    public static DialogCatalog Load(string dialogsPath) => DialogCatalogLoader.Load(dialogsPath);

    /// <summary>A known language, or the default one.</summary>
    public string Language(string? language) => language is not null && Texts.HasLanguage(language) ? language : DefaultLanguage;

    /// <summary>
    /// The text in <paramref name="language"/> (else the default language) with its placeholders filled. Never throws:
    /// a placeholder without a value stays visible as "{name}", an unknown key comes back as the key itself.
    /// </summary>
    public string Text(string language, string key, IReadOnlyDictionary<string, string>? args = null)
    {
        var template = Texts.Find(language, key) ?? Texts.Find(DefaultLanguage, key) ?? key;
        return TextTemplate.Format(template, args);
    }

    /// <summary>A comma-separated word list text (e.g. "receipt.skipWords") as normalized words.</summary>
    public IReadOnlyList<string> Words(string language, string key) => WordNormalizer.SplitWords(Texts.Find(language, key) ?? Texts.Find(DefaultLanguage, key));

    /// <summary>The words of a list in every language together: a citizen may answer "yes" in an Indonesian conversation.</summary>
    public IReadOnlyList<string> WordsInAnyLanguage(string key) =>
        Texts.Languages.SelectMany(l => WordNormalizer.SplitWords(Texts.Find(l, key))).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The global word the whole message is (any language, any case, punctuation ignored), or null.</summary>
    public GlobalWord? MatchGlobalWord(string? message) =>
        globalWords.TryGetValue(WordNormalizer.Normalize(message), out var word) ? word : null;

    public Kecamatan? FindKecamatan(string? text) => kecamatan.Find(text);

    public ServiceDefinition? Service(string id) => servicesById.GetValueOrDefault(id);

    /// <summary>A service (enabled or coming soon) whose name or one of whose phrases the whole text is, or null.</summary>
    public ServiceDefinition? FindServiceByPhrase(string? text)
    {
        var normal = WordNormalizer.Normalize(text);
        return normal.Length == 0 ? null : Services.FirstOrDefault(s => s.Availability != ServiceAvailability.Disabled && s.Names.Values.Concat(s.Phrases).Any(a => WordNormalizer.Normalize(a) == normal));
    }

    public FlowDefinition? Flow(string id) => Flows.GetValueOrDefault(id);

    /// <summary>The enabled service that books IKD activation sessions (at most one), or null.</summary>
    public ServiceDefinition? ActivationService => EnabledServices.FirstOrDefault(s => s.Handling == ServiceHandling.Activation);

    public QueueSettings Queue(string queue) => Bot.Queues.GetValueOrDefault(queue) ?? Bot.Queues[Bot.AgentQueue];

    public WaitEstimate EstimateWait(string queue, long position, DateTimeOffset now) => WaitEstimator.Estimate(Calendar, Queue(queue), position, now);

    /// <summary>"dalam sekitar 15 menit", "pada hari kerja berikutnya", … for the {wait} placeholder.</summary>
    public string DescribeWait(string language, string queue, long position, DateTimeOffset now)
    {
        var estimate = EstimateWait(queue, position, now);
        var n = new Dictionary<string, string> { ["n"] = estimate.Amount.ToString(CultureInfo.InvariantCulture) };
        return estimate.Unit switch
        {
            WaitUnit.Minutes => Text(language, TextKeys.WaitMinutes, n),
            WaitUnit.Hours => Text(language, TextKeys.WaitHours, n),
            WaitUnit.NextWorkingDay => Text(language, TextKeys.WaitNextWorkingDay),
            _ => Text(language, TextKeys.WaitDays, n),
        };
    }
}
