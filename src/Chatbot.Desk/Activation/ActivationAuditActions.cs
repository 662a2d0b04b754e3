namespace Chatbot.Desk.Activation;

/// <summary>The audit log's action names for IKD activation (with the console's own in <c>AuditActions</c>).</summary>
public static class ActivationAuditActions
{
    public const string InstitutionCreated = "ikd.institutionCreated";
    public const string SessionCreated = "ikd.sessionCreated";
    public const string SessionEdited = "ikd.sessionEdited";
    public const string SessionCancelled = "ikd.sessionCancelled";
    public const string SessionReminded = "ikd.sessionReminded";
    public const string OutcomeRecorded = "ikd.outcomeRecorded";
    public const string GroupCreated = "ikd.groupCreated";
    public const string GroupCancelled = "ikd.groupCancelled";
}
