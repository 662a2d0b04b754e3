namespace Chatbot.Core.Cases;

/// <summary>What happened to a conditional case update (see <c>ICaseStore.UpdateAsync(case, expectedStatus)</c>).</summary>
public enum CaseUpdateOutcome
{
    /// <summary>Saved.</summary>
    Updated,

    /// <summary>No such case; nothing written.</summary>
    NotFound,

    /// <summary>Someone changed the case's status since it was read; nothing written.</summary>
    StatusChanged,
}
