using System.Text;
using Chatbot.Core.Activation;
using Chatbot.Desk.Activation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>/api/ikd/progress and /api/ikd/progress.csv (supervisors): per area, per day and in total over a range (default the last 30 days).</summary>
internal static class ProgressEndpoints
{
    public const int DefaultDays = 30;

    public static async Task<Results<Ok<ActivationProgressReport>, ValidationProblem>> GetAsync(
        HttpContext http, ActivationProgressQuery progress, OfficeTime time, string? from, string? to)
    {
        var errors = new FieldErrors();
        var range = Range(time, from, to, errors);
        return range is null ? errors.ToProblem() : TypedResults.Ok(await progress.GetAsync(range.Value, http.RequestAborted));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        HttpContext http, ActivationProgressQuery progress, OfficeTime time, string? from, string? to)
    {
        var errors = new FieldErrors();
        var range = Range(time, from, to, errors);
        if (range is null) return errors.ToProblem();
        var csv = ProgressCsv.Write(await progress.GetAsync(range.Value, http.RequestAborted));
        http.Response.Headers.CacheControl = "no-store";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"ikd-{range.Value.From:yyyyMMdd}-{range.Value.To:yyyyMMdd}.csv");
    }

    private static OfficeDateRange? Range(OfficeTime time, string? from, string? to, FieldErrors errors)
    {
        var end = time.Today;
        if (!string.IsNullOrWhiteSpace(to) && DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", out var given)) end = given;
        return OfficeDateRange.Parse(from, to, end.AddDays(1 - DefaultDays), time.Today, errors);
    }
}
