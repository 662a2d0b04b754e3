using Chatbot.Core.Cases;

namespace Chatbot.Core.Tests;

public class CaseCodeTests
{
    [Fact]
    public void New_codes_are_readable_and_round_trip()
    {
        for (var i = 0; i < 500; i++)
        {
            var code = CaseCode.New();
            var shown = code.ToString();
            Assert.Matches("^[A-Z2-9]{3}-[A-Z2-9]{3}$", shown);
            Assert.DoesNotContain('O', shown);
            Assert.DoesNotContain('I', shown);
            Assert.DoesNotContain('L', shown);
            Assert.DoesNotContain('0', shown);
            Assert.DoesNotContain('1', shown);
            Assert.True(CaseCode.TryParse(shown.ToLowerInvariant(), out var parsed));
            Assert.Equal(code, parsed);
        }
    }

    [Fact]
    public void Codes_do_not_repeat_in_a_small_sample()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => CaseCode.New().Value).ToHashSet();
        Assert.Equal(2000, codes.Count);
    }

    [Theory]
    [InlineData("ABC-23")]
    [InlineData("ABC-2O4")]
    [InlineData("")]
    public void Refuses_malformed_codes(string input) => Assert.False(CaseCode.TryParse(input, out _));
}
