using System.Globalization;
using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>The console's start page for now: who is signed in, how many citizens wait for an operator, sign out.</summary>
public static class HomePage
{
    public static ConsoleHtmlResult Render(HttpContext httpContext, IAntiforgery antiforgery, OperatorAccount account, long waiting)
    {
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var e = HtmlEncoder.Default;
        var body = $"""
            <h1>Konsol petugas</h1>
            <p class="sub">Masuk sebagai <strong>{e.Encode(account.DisplayName)}</strong> ({e.Encode(RoleLabels.Of(account.Role))})<br>Nama pengguna: {e.Encode(account.UserName)}</p>
            <p class="count">{waiting.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}</p>
            <p>percakapan menunggu petugas</p>
            <p class="note">Konsol lengkap (antrean, ambil alih percakapan, membalas warga, memproses kasus) segera hadir. Untuk sementara halaman ini hanya menampilkan ringkasan.</p>
            <form method="post" action="{e.Encode(ConsolePaths.Logout)}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
            <button type="submit" class="secondary">Keluar</button>
            </form>
            """;
        return new ConsoleHtmlResult("Konsol petugas", body);
    }
}
