using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Tests.Recognizers;

public class TextToolsTests
{
    [Theory]
    [InlineData("  Halo,   Dunia!! ", "halo dunia")]
    [InlineData("Café résumé", "cafe resume")]
    [InlineData("Jum'at", "jumat")]
    [InlineData("ya 👍🙏", "ya")]
    [InlineData("17/08/2024", "17 08 2024")]
    [InlineData("", "")]
    public void Normalize(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("pos", "pos", 0)]
    [InlineData("pso", "pos", 1)]
    [InlineData("ambill", "ambil", 1)]
    [InlineData("kantr", "kantor", 1)]
    [InlineData("kucing", "anjing", 3)]
    [InlineData("", "abc", 3)]
    public void Distance(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Between(a, b));

    [Theory]
    [InlineData("iyaaa", "iya")]
    [InlineData("okee", "oke")]
    [InlineData("2000", "2000")]
    public void Collapse(string input, string expected) => Assert.Equal(expected, TextNormalizer.CollapseRepeats(input));
}
