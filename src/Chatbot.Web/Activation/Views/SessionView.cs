namespace Chatbot.Web.Activation;

/// <summary>An activation session as the console shows it; times with the office's offset.</summary>
public sealed record SessionView(
    string Id,
    string AreaId,
    string AreaName,
    string PlaceKind,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<string> Officers,
    int PeoplePerOfficer,
    int Capacity,
    int Taken,
    int SeatsLeft,
    string? ReservedFor,
    string? ReservedForName,
    string Status);
