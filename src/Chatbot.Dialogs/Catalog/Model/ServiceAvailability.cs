using System.ComponentModel;

namespace Chatbot.Dialogs.Catalog;

[Description("availability")]
public enum ServiceAvailability
{
    /// <summary>Listed in the menu.</summary>
    Enabled,

    /// <summary>Not listed; asked for by name it answers "segera hadir" (service.unavailable).</summary>
    ComingSoon,

    /// <summary>Not listed and not offered at all.</summary>
    Disabled,
}
