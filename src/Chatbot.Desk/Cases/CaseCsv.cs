using System.Globalization;
using System.Text;
using Chatbot.Core.Cases;
using Chatbot.Core.Identity;

namespace Chatbot.Desk.Cases;

/// <summary>
/// Cases as CSV (RFC 4180, UTF-8 with BOM so that spreadsheets read it right): NIK and phone masked, every cell quoted,
/// and a cell that a spreadsheet would take for a formula (starting with = + - @, tab or carriage return) prefixed with
/// an apostrophe, so a citizen's name cannot run anything on the supervisor's computer.
/// </summary>
public static class CaseCsv
{
    public static readonly string[] Header =
    [
        "kode", "layanan", "antrean", "status", "prioritas", "dibuat", "diperbarui", "nama", "nik", "telepon",
        "pengiriman", "resi", "penilaian",
    ];

    public static string Write(IEnumerable<ServiceCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var c in cases)
        {
            Line(csv,
            [
                c.Code.ToString(), c.Service, c.Queue, c.Status.ToString(), c.Priority.ToString(CultureInfo.InvariantCulture),
                c.CreatedAt.ToString("O", CultureInfo.InvariantCulture), CaseViews.UpdatedAt(c).ToString("O", CultureInfo.InvariantCulture),
                c.FullName, c.MaskedNik, Masking.Phone(c.RequesterPhone),
                c.Fields.GetValueOrDefault(CaseFields.Delivery) ?? string.Empty, c.TrackingNumber ?? string.Empty,
                c.Fields.GetValueOrDefault(CaseFields.Rating) ?? string.Empty,
            ]);
        }

        return csv.ToString();
    }

    public static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
