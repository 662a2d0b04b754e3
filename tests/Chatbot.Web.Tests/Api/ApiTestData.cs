using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;

namespace Chatbot.Web.Tests.Api;

internal static class ApiTestData
{
    public const string Nik = "3672015708900003";

    public static readonly Dictionary<string, string?> Templates = new()
    {
        ["Templates:0:Name"] = "tindak-lanjut",
        ["Templates:0:ContentSid"] = "HX00000000000000000000000000000011",
        ["Templates:0:Variables:0"] = "name",
        ["Templates:0:Variables:1"] = "code",
        ["CannedResponses:0:Name"] = "salam",
        ["CannedResponses:0:Text"] = "Halo {name}, permohonan {code} kami bantu.",
    };

    public static Dictionary<string, string?> With(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(Templates);
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    /// <summary>A new phone number for one test (conversations are keyed by it).</summary>
    public static string Phone() => "+62812" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A conversation as a turn would leave it, with transcript lines.</summary>
    public static async Task SeedConversationAsync(
        ChatbotAppFactory app, string phone, DateTimeOffset lastInbound, ConversationMode mode = ConversationMode.Bot, string? holder = null, params TranscriptEntry[] lines)
    {
        var store = app.Get<IConversationStore>();
        var state = (await store.LoadAsync(phone, null)).State;
        state.LastInboundAt = lastInbound;
        state.Mode = mode;
        state.Operator = holder;
        state.ProfileName = "Budi Santoso";
        await store.CommitAsync(new TurnCommit { State = state, Transcript = lines });
    }

    public static async Task<ServiceCase> OpenCaseAsync(ChatbotAppFactory app, string phone, string fullName = "Budi Santoso", string nik = Nik)
    {
        var admission = await app.Get<ICaseStore>().OpenOrJoinAsync(new ServiceCase
        {
            Code = CaseCode.New(),
            Service = "lapor-rekam-ktp",
            Queue = "ktp-el",
            RequesterPhone = phone,
            SubjectNik = nik,
            FullName = fullName,
            Status = CaseStatus.Baru,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        return admission.Case;
    }
}
