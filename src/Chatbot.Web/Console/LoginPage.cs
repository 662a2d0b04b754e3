using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>The sign-in form ("Masuk petugas"). Every failure shows the same message: it never tells whether a name exists.</summary>
public static class LoginPage
{
    public const string FailedMessage =
        "Gagal masuk. Periksa nama pengguna dan kata sandi. Setelah 5 kali gagal berturut-turut, akun dikunci selama 15 menit.";

    public static ConsolePage Render(HttpContext httpContext, IAntiforgery antiforgery, string? userName, string returnUrl, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var e = HtmlEncoder.Default;
        var error = failed ? $"""<p class="error" role="alert">{e.Encode(FailedMessage)}</p>""" : string.Empty;
        var body = $"""
            <h1>Masuk petugas</h1>
            <p class="sub">Konsol petugas Layanan Adminduk</p>
            {error}
            <form method="post" action="{e.Encode(ConsolePaths.Login)}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
            <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
            <label for="userName">Nama pengguna</label>
            <input id="userName" name="userName" value="{e.Encode(userName ?? string.Empty)}" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="{OperatorUserName.MaxLength}" required{(failed ? string.Empty : " autofocus")}>
            <label for="password">Kata sandi</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required{(failed ? " autofocus" : string.Empty)}>
            <button type="submit">Masuk</button>
            </form>
            """;
        return ConsolePage.Form("Masuk petugas", body, failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }
}
