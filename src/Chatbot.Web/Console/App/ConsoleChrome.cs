using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// What every console page's frame shares (the console app's and the IKD pages'): the document's head, and the header's
/// "Ganti kata sandi" link beside the sign-out form.
/// </summary>
public static class ConsoleChrome
{
    /// <summary>From the doctype to the console's style sheet; the caller adds its own links and closes the head.</summary>
    public static string Head(string title)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light">
            <title>{e.Encode(title)} - Layanan Adminduk</title>
            <link rel="stylesheet" href="{e.Encode(ConsoleAppPaths.Asset("app.css"))}">
            """;
    }

    /// <summary>The header's account links: "Ganti kata sandi" (<see cref="ConsolePaths.Password"/>), then <see cref="SignOut"/>.</summary>
    public static string UserMenu(AntiforgeryTokenSet tokens) =>
        $"""<a class="password-link" href="{HtmlEncoder.Default.Encode(ConsolePaths.Password)}">Ganti kata sandi</a>""" + "\n" + SignOut(tokens);

    /// <summary>The "Keluar" form with the page's antiforgery token.</summary>
    public static string SignOut(AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var e = HtmlEncoder.Default;
        return $"""
            <form method="post" action="{e.Encode(ConsolePaths.Logout)}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
            <button type="submit" class="secondary small">Keluar</button>
            </form>
            """;
    }
}
