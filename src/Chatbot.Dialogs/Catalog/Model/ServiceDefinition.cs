using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// dialogs/services/{id}.json: one service of the catalogue, whole: its names and the words citizens use for it, the
/// documents it needs, its questions, who it is for, what comes out of it, its queue and times, and its own texts.
/// </summary>
public sealed class ServiceDefinition
{
    /// <summary>Stable id stored on cases, e.g. "lapor-rekam-ktp"; equal to the file name.</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    /// <summary>The service's name per language ("id", "en"): the menu title, also recognised in free text.</summary>
    [JsonRequired]
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    [JsonRequired]
    public ServiceAvailability Availability { get; init; }

    /// <summary>Where the service is listed: page 1 is the main menu, page 2 "layanan lain".</summary>
    [JsonRequired]
    public ServiceMenu Menu { get; init; } = new();

    [JsonRequired]
    public ServiceHandling Handling { get; init; }

    /// <summary>Operator queue of the cases (or of the conversation, for operator services).</summary>
    [JsonRequired]
    public string Queue { get; init; } = string.Empty;

    /// <summary>Words and phrases citizens use for the service, in any language (slang, abbreviations).</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>Who the request may be for; both: the bot asks first.</summary>
    [JsonRequired]
    public IReadOnlyList<ServiceRecipient> RequestFor { get; init; } = [];

    [JsonRequired]
    public ServiceOutput Output { get; init; }

    [JsonRequired]
    public ServiceProcessing Processing { get; init; } = new();

    /// <summary>Text key of extra lines shown with the requirements (where to go, what else to know).</summary>
    public string? Info { get; init; }

    /// <summary>The documents the citizen sends with the request (the "documents" step asks for them).</summary>
    [JsonRequired]
    public IReadOnlyList<ServiceRequirement> Requirements { get; init; } = [];

    /// <summary>The questions in order; empty for a service that only informs or goes to an operator.</summary>
    [JsonRequired]
    public IReadOnlyList<FlowStep> Steps { get; init; } = [];

    /// <summary>The summary before sending; null: one is made from the labelled steps.</summary>
    public FlowSummary? Summary { get; init; }

    /// <summary>What is said when the case is opened or joined; null: case.created / case.joined.</summary>
    public FlowCompletion? Done { get; init; }

    /// <summary>Text key said when a case of this service reaches a status (camelCase status name → key).</summary>
    public IReadOnlyDictionary<string, string> StatusTexts { get; init; } = new Dictionary<string, string>();

    /// <summary>The service's own texts per language; every key starts with "service.{id}.".</summary>
    [JsonRequired]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    [JsonIgnore]
    public bool IsEnabled => Availability == ServiceAvailability.Enabled;

    /// <summary>Text key of the name (made from <see cref="Names"/> at load).</summary>
    [JsonIgnore]
    public string Title => TitleKey(Id);

    /// <summary>The flow the bot runs (the service's steps, id = service id), or null when it asks nothing.</summary>
    [JsonIgnore]
    public string? Flow => Handling == ServiceHandling.Flow && Steps.Count > 0 ? Id : null;

    /// <summary>The text keys every service's texts start with.</summary>
    public static string TextPrefix(string id) => "service." + id + ".";

    public static string TitleKey(string id) => TextPrefix(id) + "title";
}
