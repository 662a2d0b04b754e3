using System.Text.Encodings.Web;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// Every console page: the one HTML frame (Indonesian, mobile-first, nothing from elsewhere) around a body whose every
/// value the caller encoded with <see cref="HtmlEncoder"/>, with its style sheets and at most one script, an ES module
/// from <see cref="ConsoleAssets"/>. The form pages (sign-in, password, access denied) have no script and
/// <c>public/page.css</c>; the app pages come from <see cref="ConsoleShell"/>. Strict headers: nothing cached, no framing,
/// scripts and styles of this origin only (an injected script tag can neither load from elsewhere nor run inline).
/// </summary>
public sealed class ConsolePage(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; media-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public string Title { get; } = title;

    public string BodyHtml { get; } = bodyHtml;

    /// <summary>Paths under <see cref="ConsoleAssets"/>.</summary>
    public IReadOnlyList<string> Styles { get; init; } = ["public/page.css"];

    /// <summary>The page's module under <see cref="ConsoleAssets"/>, or none.</summary>
    public string? Script { get; init; }

    /// <summary>The body's attributes, already encoded (<see cref="ConsoleShell"/>'s data-page, data-api…).</summary>
    public string BodyAttributes { get; init; } = string.Empty;

    /// <summary>A form page (sign-in, password, access denied): the body in one card, no script.</summary>
    public static ConsolePage Form(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK) =>
        new(title, "<main>\n" + bodyHtml + "\n</main>", statusCode);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await response.WriteAsync(Html(), httpContext.RequestAborted);
    }

    public string Html()
    {
        var e = HtmlEncoder.Default;
        var styles = string.Concat(Styles.Select(s => $"""<link rel="stylesheet" href="{e.Encode(ConsoleAssets.Url(s))}">""" + "\n"));
        var script = Script is null ? string.Empty : $"""<script src="{e.Encode(ConsoleAssets.Url(Script))}" type="module"></script>""" + "\n";
        return $"""
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light">
            <title>{e.Encode(Title)} - Layanan Adminduk</title>
            {styles}</head>
            <body{(BodyAttributes.Length > 0 ? " " + BodyAttributes : string.Empty)}>
            {BodyHtml}
            {script}</body>
            </html>
            """;
    }
}
