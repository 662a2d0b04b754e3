using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>A document the citizen sends with a request: what it is, which files are accepted, and when it is needed.</summary>
public sealed class ServiceRequirement
{
    /// <summary>Unique in the service; stored on the case with each file that answers it.</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    /// <summary>The document's name per language, as the bot asks for it.</summary>
    [JsonRequired]
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>False: the citizen may finish ("selesai") without it.</summary>
    [JsonRequired]
    public bool Required { get; init; }

    [JsonRequired]
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    [JsonRequired]
    public long MaxBytes { get; init; }

    /// <summary>Needed only when an earlier answer matches; null: always.</summary>
    public AnswerCondition? When { get; init; }

    /// <summary>The condition in words per language, for the requirements list ("jika lahir di rumah").</summary>
    public IReadOnlyDictionary<string, string>? WhenText { get; init; }

    /// <summary>Whole megabytes for "maksimal {maxMb} MB".</summary>
    [JsonIgnore]
    public long MaxMegabytes => (long)Math.Ceiling(MaxBytes / (1024d * 1024d));

    public string Name(string language) => Names.TryGetValue(language, out var name) ? name : Names.Values.FirstOrDefault() ?? Id;
}
