namespace Chatbot.Dialogs.Recognizers;

/// <summary>One option a citizen can pick; <see cref="Value"/> is also what the choice prompt lists.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>Other words that pick this choice ("pos", "kirim" for "Dikirim lewat Pos").</summary>
    public List<string>? Synonyms { get; set; }
}
