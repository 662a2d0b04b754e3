using Chatbot.Core.Cases;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;

namespace Chatbot.Desk.Cases;

/// <summary>Cases as the console shows them: the NIK masked (also where a free field holds one), never the pickup code.</summary>
public static class CaseViews
{
    public static DateTimeOffset UpdatedAt(ServiceCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.History.Count > 0 ? @case.History.Max(h => h.At) : @case.CreatedAt;
    }

    public static CaseListItem ListItem(ServiceCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new CaseListItem(
            @case.Code.ToString(), @case.Service, @case.Queue, @case.Status.ToString(), @case.Priority, @case.FullName, @case.MaskedNik,
            @case.RequesterPhone, @case.CreatedAt, UpdatedAt(@case));
    }

    public static CaseView Full(ServiceCase @case, IReadOnlyList<CaseNote> notes)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new CaseView(
            @case.Code.ToString(),
            @case.Service,
            @case.Queue,
            @case.Status.ToString(),
            @case.Priority,
            @case.FullName,
            @case.MaskedNik,
            @case.RequesterPhone,
            Masking.Phone(@case.RequesterPhone),
            @case.Language,
            @case.CreatedAt,
            UpdatedAt(@case),
            @case.Fields.ToDictionary(f => f.Key, f => Masking.NikLike(f.Value), StringComparer.Ordinal),
            @case.Attachments.Select(a => MediaLink.Of(a.Url, a.ContentType, a.SizeBytes)).ToList(),
            @case.History.Select(h => new HistoryLine(h.Status.ToString(), h.At, h.By, h.Note)).ToList(),
            notes.Select(n => new NoteLine(n.At, n.Author, n.Text)).ToList(),
            @case.TrackingNumber,
            !string.IsNullOrEmpty(@case.PickupCode),
            CaseLifecycle.NextOf(@case.Status).Select(s => s.ToString()).ToList());
    }
}
