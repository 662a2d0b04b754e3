using Chatbot.Core.Cases;

namespace Chatbot.Core.Tests;

public class CaseLifecycleTests
{
    [Theory]
    [InlineData(CaseStatus.Baru, CaseStatus.Diproses)]
    [InlineData(CaseStatus.Diproses, CaseStatus.Dicetak)]
    [InlineData(CaseStatus.Dicetak, CaseStatus.DikirimPos)]
    [InlineData(CaseStatus.Dicetak, CaseStatus.SiapDiambil)]
    [InlineData(CaseStatus.DikirimPos, CaseStatus.Selesai)]
    [InlineData(CaseStatus.SiapDiambil, CaseStatus.Selesai)]
    [InlineData(CaseStatus.Baru, CaseStatus.Ditolak)]
    [InlineData(CaseStatus.Diproses, CaseStatus.Dibatalkan)]
    [InlineData(CaseStatus.Baru, CaseStatus.PerluDilengkapi)]
    [InlineData(CaseStatus.Diproses, CaseStatus.PerluDilengkapi)]
    [InlineData(CaseStatus.PerluDilengkapi, CaseStatus.Diproses)]
    [InlineData(CaseStatus.PerluDilengkapi, CaseStatus.Ditolak)]
    [InlineData(CaseStatus.PerluDilengkapi, CaseStatus.Dibatalkan)]
    [InlineData(CaseStatus.Diproses, CaseStatus.Terbit)]
    [InlineData(CaseStatus.Terbit, CaseStatus.Selesai)]
    public void Allows_the_design_lifecycle(CaseStatus from, CaseStatus to) => Assert.True(CaseLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(CaseStatus.Baru, CaseStatus.Selesai)]
    [InlineData(CaseStatus.Baru, CaseStatus.Dicetak)]
    [InlineData(CaseStatus.Selesai, CaseStatus.Baru)]
    [InlineData(CaseStatus.Ditolak, CaseStatus.Diproses)]
    [InlineData(CaseStatus.Dibatalkan, CaseStatus.Baru)]
    [InlineData(CaseStatus.DikirimPos, CaseStatus.Ditolak)]
    [InlineData(CaseStatus.Baru, CaseStatus.Terbit)]
    [InlineData(CaseStatus.PerluDilengkapi, CaseStatus.Terbit)]
    [InlineData(CaseStatus.PerluDilengkapi, CaseStatus.Selesai)]
    [InlineData(CaseStatus.Terbit, CaseStatus.PerluDilengkapi)]
    [InlineData(CaseStatus.Terbit, CaseStatus.Ditolak)]
    [InlineData(CaseStatus.Selesai, CaseStatus.PerluDilengkapi)]
    public void Refuses_skips_and_reopening(CaseStatus from, CaseStatus to) => Assert.False(CaseLifecycle.CanMove(from, to));

    [Fact]
    public void Only_final_states_are_closed()
    {
        var closed = Enum.GetValues<CaseStatus>().Where(s => !CaseLifecycle.IsOpen(s)).ToHashSet();
        Assert.Equal(new HashSet<CaseStatus> { CaseStatus.Selesai, CaseStatus.Ditolak, CaseStatus.Dibatalkan }, closed);
    }
}
