using System.ComponentModel;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Whom a request is for: the citizen who writes, or a member of their family (by NIK).</summary>
[Description("recipient")]
public enum ServiceRecipient
{
    Citizen,
    FamilyMember,
}
