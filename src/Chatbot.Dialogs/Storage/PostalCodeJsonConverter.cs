using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Storage;

/// <summary>A kode pos as its five digits.</summary>
public sealed class PostalCodeJsonConverter : StringValueConverter<PostalCode>
{
    protected override string Format(PostalCode value) => value.Value;

    protected override bool TryParse(string text, out PostalCode value) => PostalCode.TryParse(text, out value);
}
