using Chatbot.Core.Activation;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// dialogs/ikd.json once checked: the default people per officer, how far ahead citizens may book, and every area's
/// activation target (one per kecamatan of offices.json, in that file's order, with the kecamatan's name).
/// </summary>
public sealed class ActivationSettings(int peoplePerOfficer, int bookingDaysAhead, IReadOnlyList<AreaTarget> areas, bool confirmedByOffice)
{
    public const int MaxPeoplePerOfficer = 500;

    public int PeoplePerOfficer { get; } = peoplePerOfficer;

    public int BookingDaysAhead { get; } = bookingDaysAhead;

    /// <summary>Every area in the order of offices.json.</summary>
    public IReadOnlyList<AreaTarget> Areas { get; } = areas;

    /// <summary>False while the wajib KTP figures are the placeholders shipped with the product.</summary>
    public bool ConfirmedByOffice { get; } = confirmedByOffice;

    public AreaTarget? Area(string? id) => Areas.FirstOrDefault(a => a.AreaId == id);
}
