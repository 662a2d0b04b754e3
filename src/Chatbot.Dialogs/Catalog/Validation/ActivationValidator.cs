using Chatbot.Core.Activation;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks dialogs/ikd.json against offices.json: sane limits, and one target for every kecamatan, no other.</summary>
internal static class ActivationValidator
{
    private const int MaxDaysAhead = 365;

    public static ActivationSettings? Check(LoadContext context, ActivationFile file, string path, OfficeCatalogFile? offices)
    {
        var errors = context.Errors.Count;
        if (file.PeoplePerOfficer is < 1 or > ActivationSettings.MaxPeoplePerOfficer)
        {
            context.Errors.Add(path, "$.peoplePerOfficer", $"{file.PeoplePerOfficer} is out of range (1 to {ActivationSettings.MaxPeoplePerOfficer} citizens per officer and session; about 50 is usual)");
        }

        if (file.BookingDaysAhead is < 1 or > MaxDaysAhead) context.Errors.Add(path, "$.bookingDaysAhead", $"{file.BookingDaysAhead} is out of range (1 to {MaxDaysAhead} days)");
        CheckPercent(context, path, "$.targetPercent", file.TargetPercent);

        var kecamatan = offices?.Offices.SelectMany(o => o.Kecamatan).ToList() ?? [];
        var known = kecamatan.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Areas.Count; i++)
        {
            var area = file.Areas[i];
            var at = JsonPaths.Index("$.areas", i);
            if (offices is not null && !known.Contains(area.Id))
            {
                context.Errors.Add(path, at + ".id", $"unknown area '{area.Id}' (the kecamatan ids of offices.json: {string.Join(", ", known)})");
            }
            else if (!seen.Add(area.Id))
            {
                context.Errors.Add(path, at + ".id", $"area '{area.Id}' is listed twice");
            }

            if (area.WajibKtp < 1) context.Errors.Add(path, at + ".wajibKtp", $"{area.WajibKtp} citizens required to hold a KTP: the target needs a positive number");
            if (area.TargetPercent is { } percent) CheckPercent(context, path, at + ".targetPercent", percent);
        }

        foreach (var missing in kecamatan.Where(k => !seen.Contains(k.Id)))
        {
            context.Errors.Add(path, "$.areas", $"missing the area '{missing.Id}' ({missing.Name}): every kecamatan of offices.json needs its wajib KTP figure");
        }

        if (offices is null || context.Errors.Count > errors) return null;
        var targets = kecamatan
            .Select(k => (Kecamatan: k, Entry: file.Areas.First(a => a.Id == k.Id)))
            .Select(x => new AreaTarget(x.Kecamatan.Id, x.Kecamatan.Name, x.Entry.WajibKtp, x.Entry.TargetPercent ?? file.TargetPercent))
            .ToList();
        return new ActivationSettings(file.PeoplePerOfficer, file.BookingDaysAhead, targets, file.ConfirmedByOffice);
    }

    private static void CheckPercent(LoadContext context, string path, string at, decimal percent)
    {
        if (percent is <= 0 or > 100) context.Errors.Add(path, at, $"{percent} is not a share in percent (more than 0, at most 100; the national target is 25 to 30)");
    }
}
