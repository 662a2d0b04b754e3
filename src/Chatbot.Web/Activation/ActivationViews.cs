using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;

namespace Chatbot.Web.Activation;

/// <summary>
/// Turns the store's records into the API's views for one request: area and institution names looked up once,
/// instants in office time, NIK and phone masked.
/// </summary>
public sealed class ActivationViews
{
    private readonly IActivationAreas areas;
    private readonly OfficeTime time;
    private readonly Dictionary<string, string> institutionNames;

    private ActivationViews(IActivationAreas areas, OfficeTime time, Dictionary<string, string> institutionNames)
    {
        this.areas = areas;
        this.time = time;
        this.institutionNames = institutionNames;
    }

    public static async Task<ActivationViews> LoadAsync(IActivationAreas areas, IInstitutions institutions, OfficeTime time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        var names = (await institutions.ListAsync(cancellationToken)).ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);
        return new ActivationViews(areas, time, names);
    }

    public string InstitutionName(string id) => institutionNames.GetValueOrDefault(id) ?? id;

    public SessionView Session(ActivationSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionView(
            session.Id, session.AreaId, areas.Find(session.AreaId)?.Name ?? session.AreaId, session.PlaceKind.ToString(), session.Place,
            time.Local(session.StartsAt), time.Local(session.EndsAt), session.Officers, session.PeoplePerOfficer,
            session.Capacity, session.Taken, session.SeatsLeft,
            session.ReservedFor, session.ReservedFor is null ? null : InstitutionName(session.ReservedFor), session.Status.ToString());
    }

    public BookingView Booking(ActivationBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new BookingView(
            booking.Code.ToString(), booking.Nik.Masked, booking.FullName, Masking.Phone(booking.Phone), booking.Status.ToString(),
            booking.Failure?.ToString(), booking.Note, booking.Group?.ToString(), time.Local(booking.BookedAt), time.Local(booking.ClosedAt), booking.ClosedBy);
    }

    public GroupView Group(GroupBooking group, ActivationSession? session)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new GroupView(
            group.Code.ToString(), group.SessionId, session is null ? null : Session(session), group.InstitutionId, InstitutionName(group.InstitutionId),
            group.Unit, group.Coordinator, group.Seats, group.Claimed, group.Cancelled, time.Local(group.CreatedAt));
    }
}
