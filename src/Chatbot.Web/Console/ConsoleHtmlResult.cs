using System.Text.Encodings.Web;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// A console page: the shared frame (Indonesian, mobile-first, no script, no outside resources) around a body whose
/// every value the page encoded with <see cref="HtmlEncoder"/>. Strict headers: nothing cached, no framing, no script.
/// </summary>
public sealed class ConsoleHtmlResult(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK) : IResult
{
    private const string Style = """
        *{box-sizing:border-box}
        body{margin:0;min-height:100vh;display:flex;align-items:flex-start;justify-content:center;background:#f2f5f3;
          font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2b24}
        main{width:100%;max-width:26rem;margin:2rem 1rem;padding:1.5rem;background:#fff;border-radius:12px;
          box-shadow:0 1px 3px rgba(0,0,0,.12)}
        h1{margin:0 0 .25rem;font-size:1.4rem}
        .sub{margin:0 0 1.25rem;color:#5b6b63;font-size:.9rem}
        label{display:block;margin:.9rem 0 .3rem;font-weight:600}
        input{width:100%;padding:.7rem .8rem;font:inherit;border:1px solid #b8c4be;border-radius:8px}
        input:focus{outline:2px solid #0b7a4b;outline-offset:1px}
        button{width:100%;margin-top:1.25rem;padding:.75rem;font:inherit;font-weight:600;color:#fff;background:#0b7a4b;
          border:0;border-radius:8px;cursor:pointer}
        button.secondary{color:#0b7a4b;background:#fff;border:1px solid #0b7a4b}
        .error{padding:.7rem .8rem;color:#8a1c1c;background:#fdecec;border-radius:8px}
        .count{font-size:2.2rem;font-weight:700;margin:0}
        .note{color:#5b6b63;font-size:.9rem}
        """;

    public string Title { get; } = title;

    public string BodyHtml { get; } = bodyHtml;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";

        var html = $"""
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlEncoder.Default.Encode(Title)} - Layanan Adminduk</title>
            <style>{Style}</style>
            </head>
            <body>
            <main>
            {BodyHtml}
            </main>
            </body>
            </html>
            """;
        await response.WriteAsync(html, httpContext.RequestAborted);
    }
}
