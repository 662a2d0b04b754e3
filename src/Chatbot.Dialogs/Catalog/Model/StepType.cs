using System.ComponentModel;

namespace Chatbot.Dialogs.Catalog;

[Description("step type")]
public enum StepType
{
    Text,
    Choice,
    Confirm,
    Date,
    Nik,
    Phone,
    Postal,
    Media,
    Location,

    /// <summary>A person's name: text with the name rule built in.</summary>
    Name,

    /// <summary>A street address: text of 10 to 200 characters.</summary>
    Address,

    /// <summary>The upload step: several photos or PDFs in a row, one per requirement of the service.</summary>
    Documents,
}
