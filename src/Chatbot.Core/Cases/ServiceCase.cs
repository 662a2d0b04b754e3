using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;

namespace Chatbot.Core.Cases;

/// <summary>
/// One request of one citizen: the requester is the WhatsApp number, the subject is the NIK (maybe a family member's).
/// Stored with the full NIK (needed by the office); lists and logs show <see cref="MaskedNik"/>.
/// </summary>
public sealed record ServiceCase
{
    public required CaseCode Code { get; init; }

    /// <summary>Service id (dialogs/services/{id}.json), e.g. "lapor-rekam-ktp".</summary>
    public required string Service { get; init; }

    /// <summary>Operator queue the case waits in (service and area).</summary>
    public required string Queue { get; init; }

    public required string RequesterPhone { get; init; }

    public required string SubjectNik { get; init; }

    public required string FullName { get; init; }

    public int Priority { get; init; }

    public required CaseStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The citizen's language when the case was made, for messages the office sends later.</summary>
    public string Language { get; init; } = "id";

    /// <summary>Service-specific answers (kecamatan, recording date, …) by field name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Every file sent with the request (also those in <see cref="Documents"/>), for the console to show.</summary>
    public IReadOnlyList<MediaRef> Attachments { get; init; } = [];

    /// <summary>The files that answer the service's requirements, each naming its requirement.</summary>
    public IReadOnlyList<CaseDocument> Documents { get; init; } = [];

    public IReadOnlyList<StatusChange> History { get; init; } = [];

    /// <summary>The Pos tracking number (nomor resi), once the card is handed to Pos (<see cref="CaseStatus.DikirimPos"/>).</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>The <see cref="Cases.PickupCode"/> the citizen shows at the counter (<see cref="CaseStatus.SiapDiambil"/>).</summary>
    public string? PickupCode { get; init; }

    public string MaskedNik => SubjectNik.Length == Nik.Length ? Masking.Nik(SubjectNik) : "****";
}
