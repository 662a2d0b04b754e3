using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>How long the office takes: the service level target and the usual time, in working days (0 = same day).</summary>
public sealed class ServiceProcessing
{
    [JsonRequired]
    public int SlaWorkingDays { get; init; }

    [JsonRequired]
    public int TypicalWorkingDays { get; init; }
}
