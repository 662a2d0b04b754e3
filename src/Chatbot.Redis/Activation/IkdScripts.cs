namespace Chatbot.Redis.Activation;

/// <summary>
/// The IKD scripts (Scripts/ikd-*.lua, embedded like <see cref="RedisScripts"/>), each preceded by ikd-lib.lua: the
/// record helpers and the first eight KEYS every IKD script shares.
/// </summary>
internal static class IkdScripts
{
    private static readonly string Library = RedisScripts.Load("ikd-lib");

    public static readonly string Book = WithLibrary("ikd-book");
    public static readonly string Reschedule = WithLibrary("ikd-reschedule");
    public static readonly string Cancel = WithLibrary("ikd-cancel");
    public static readonly string RecordOutcome = WithLibrary("ikd-record-outcome");
    public static readonly string SessionSave = WithLibrary("ikd-session-save");
    public static readonly string SessionCancel = WithLibrary("ikd-session-cancel");
    public static readonly string GroupCreate = WithLibrary("ikd-group-create");
    public static readonly string GroupCancel = WithLibrary("ikd-group-cancel");
    public static readonly string Reminders = WithLibrary("ikd-reminders");
    public static readonly string Read = WithLibrary("ikd-read");

    private static string WithLibrary(string name) => Library + "\n" + RedisScripts.Load(name);
}
