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
}
