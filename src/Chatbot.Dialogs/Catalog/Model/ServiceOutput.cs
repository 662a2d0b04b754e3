using System.ComponentModel;

namespace Chatbot.Dialogs.Catalog;

/// <summary>What the citizen gets at the end of a service.</summary>
[Description("output")]
public enum ServiceOutput
{
    /// <summary>A document printed by the office; then the citizen chooses Pos or pickup.</summary>
    Printed,

    /// <summary>A PDF the citizen prints at home (its delivery is later work: for now the case goes to an operator).</summary>
    SelfPrintedPdf,

    /// <summary>The citizen must come to the office (recording, signature); the request prepares the visit.</summary>
    InPerson,

    /// <summary>No request: the bot only tells the requirements.</summary>
    InformationOnly,
}
