using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Capacity of one operator queue, for an honest wait estimate.</summary>
public sealed class QueueSettings
{
    /// <summary>Average minutes an operator needs for one case.</summary>
    [JsonRequired]
    public int MinutesPerCase { get; init; }

    /// <summary>Operators working this queue during working hours.</summary>
    [JsonRequired]
    public int OperatorsOnDuty { get; init; }
}
