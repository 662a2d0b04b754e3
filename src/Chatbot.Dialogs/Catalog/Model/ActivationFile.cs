using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>dialogs/ikd.json: how IKD activation sessions are sized and booked, and the target of every area.</summary>
public sealed class ActivationFile
{
    /// <summary>Citizens one officer activates in a session; the default when a supervisor leaves it empty.</summary>
    public int PeoplePerOfficer { get; init; } = 50;

    /// <summary>How many days ahead citizens see and book sessions on WhatsApp.</summary>
    public int BookingDaysAhead { get; init; } = 30;

    /// <summary>Target share of the citizens required to hold a KTP, for areas that do not set their own.</summary>
    public decimal TargetPercent { get; init; } = 25m;

    /// <summary>False until the office has checked the wajib KTP figures (they start as placeholders).</summary>
    public bool ConfirmedByOffice { get; init; }

    [JsonRequired]
    public IReadOnlyList<ActivationAreaEntry> Areas { get; init; } = [];
}
