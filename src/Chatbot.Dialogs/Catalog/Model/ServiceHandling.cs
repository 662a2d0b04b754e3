using System.ComponentModel;

namespace Chatbot.Dialogs.Catalog;

[Description("handling")]
public enum ServiceHandling
{
    /// <summary>The bot runs a flow, then opens a case.</summary>
    Flow,

    /// <summary>The conversation goes straight to an operator queue.</summary>
    Operator,

    /// <summary>The bot books a seat at an IKD activation session (dialogs/ikd.json); no case is opened.</summary>
    Activation,
}
