using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>dialogs/flows/{id}.json: the questions of one service in order, the summary, and what is said at the end.</summary>
public sealed class FlowDefinition
{
    /// <summary>Equal to the file name without ".json".</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    [JsonRequired]
    public IReadOnlyList<FlowStep> Steps { get; init; } = [];

    [JsonRequired]
    public FlowSummary Summary { get; init; } = new();

    /// <summary>
    /// What is said when the flow's case is opened or joined; needed by a flow that a service runs (dialogs/services), not by
    /// a flow another dialog runs for its own purpose (kirim-pos, ambil-kantor: the delivery dialog answers itself).
    /// </summary>
    public FlowCompletion? Done { get; init; }

    /// <summary>The documents its documents step asks for (a service's requirements; none for the delivery flows).</summary>
    [JsonIgnore]
    public IReadOnlyList<ServiceRequirement> Requirements { get; init; } = [];

    /// <summary>Whom the request may be for (a service's; the delivery flows: the citizen).</summary>
    [JsonIgnore]
    public IReadOnlyList<ServiceRecipient> RequestFor { get; init; } = [ServiceRecipient.Citizen];

    public FlowStep? Step(string field) => Steps.FirstOrDefault(s => s.Field == field);

    /// <summary>Steps with a summary label, in order: the ones a citizen can change from the summary ("2 Ubah").</summary>
    [JsonIgnore]
    public IReadOnlyList<FlowStep> EditableSteps => Steps.Where(s => s.Label is not null).ToList();
}
