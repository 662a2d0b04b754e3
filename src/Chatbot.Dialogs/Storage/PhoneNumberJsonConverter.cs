using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Storage;

/// <summary>A phone number as its E.164 string.</summary>
public sealed class PhoneNumberJsonConverter : StringValueConverter<PhoneNumber>
{
    protected override string Format(PhoneNumber value) => value.E164;

    protected override bool TryParse(string text, out PhoneNumber value) => PhoneNumber.TryParse(text, out value);
}
