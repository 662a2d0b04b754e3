namespace Chatbot.Core.Accounts;

/// <summary>What an operator account may do in the console. Stored by name: never reorder-sensitive.</summary>
public enum OperatorRole
{
    /// <summary>Answers citizens and moves cases ("petugas").</summary>
    Operator,

    /// <summary>An operator who also oversees queues and colleagues.</summary>
    Supervisor,

    /// <summary>Manages accounts and settings.</summary>
    Admin,

    /// <summary>
    /// An institution's coordinator (a company's HR, the head of an OPD): books IKD activation seats for the people of
    /// their unit and sees who has claimed them; sees nothing of citizens' cases or conversations.
    /// </summary>
    Coordinator,
}
