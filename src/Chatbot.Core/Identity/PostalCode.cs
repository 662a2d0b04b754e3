namespace Chatbot.Core.Identity;

/// <summary>Kode pos: five digits, the first one 1-9.</summary>
public readonly record struct PostalCode
{
    private PostalCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool TryParse(string? input, out PostalCode code)
    {
        code = default;
        var text = input?.Trim() ?? string.Empty;
        if (text.Length != 5 || !text.All(char.IsAsciiDigit) || text[0] == '0') return false;
        code = new PostalCode(text);
        return true;
    }
}
