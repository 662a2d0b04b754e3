using Chatbot.Core.Identity;

namespace Chatbot.Core.Tests;

/// <summary>The one place personal numbers are hidden: what the console, the audit log and the logs show.</summary>
public sealed class MaskingTests
{
    [Theory]
    [InlineData("+6281234567890", "+62********890")]
    [InlineData("081234567890", "+62********890")]
    [InlineData("not a phone", "***")]
    [InlineData(null, "***")]
    public void A_conversation_shows_only_the_country_code_and_the_last_three_digits(string? conversationId, string expected) =>
        Assert.Equal(expected, Masking.Phone(conversationId));

    [Fact]
    public void A_nik_in_free_text_is_masked_and_longer_digit_runs_are_left_alone()
    {
        Assert.Equal("NIK 3672**********01, KK 36720117089000011", Masking.NikLike("NIK 3672011708900001, KK 36720117089000011"));
        Assert.Equal(string.Empty, Masking.NikLike(null));
    }

    [Fact]
    public void A_log_line_loses_every_long_run_of_digits_however_it_is_typed()
    {
        Assert.Equal("NIK [redacted] from [redacted], code 12345", Masking.Redact("NIK 3672 0117 0890 0001 from +62 812-3456-7890, code 12345"));
        Assert.DoesNotContain("3672011708900001", Masking.Redact(new InvalidOperationException("bad NIK 3672011708900001")));
    }

    [Fact]
    public void Nik_phone_and_case_show_the_same_masks()
    {
        var nik = Nik.Parse("3672011708900001", new DateOnly(2026, 1, 1));
        Assert.Equal(("3672**********01", "3672**********01"), (nik.Masked, Masking.Nik(nik.Value)));
        Assert.Equal("+62********890", PhoneNumber.Parse("+6281234567890").Masked);
    }
}
