namespace Chatbot.Dialogs;

/// <summary>Western Indonesian Time (WIB), looked up by IANA id with a fixed UTC+7 fallback for hosts without tzdata.</summary>
public static class OfficeTimeZone
{
    public const string JakartaId = "Asia/Jakarta";

    public static TimeZoneInfo Wib { get; } = Find(JakartaId) ?? TimeZoneInfo.CreateCustomTimeZone(JakartaId, TimeSpan.FromHours(7), "WIB", "WIB");

    /// <summary>Null when the id is unknown here (no tzdata, or a Windows host without IANA mapping).</summary>
    public static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
