using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Chatbot.Web.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// "Ganti kata sandi": a plain form (no script) for every role, coordinators included; an account signed in with a
/// one-time password sees it first. Each error is shown under its field.
/// </summary>
public static class PasswordPage
{
    public const string Title = "Ganti kata sandi";
    public const string ConfirmPasswordField = "confirmPassword";

    public static ConsolePage Render(
        HttpContext httpContext, IAntiforgery antiforgery, OperatorAccount account, IReadOnlyDictionary<string, string>? errors = null, string? alert = null, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(account);
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var e = HtmlEncoder.Default;
        errors ??= new Dictionary<string, string>();
        var intro = account.MustChangePassword
            ? "Anda masuk dengan kata sandi sekali pakai. Buat kata sandi baru sebelum melanjutkan."
            : $"Akun {account.UserName}. Sesi lain akun ini akan berakhir setelah kata sandi diganti.";
        var back = account.MustChangePassword ? string.Empty : $"""<p class="note"><a href="{e.Encode(ConsolePaths.Root)}">Kembali ke konsol</a></p>""";
        var body = $"""
            <h1>{e.Encode(Title)}</h1>
            <p class="sub">{e.Encode(intro)}</p>
            {(alert is null ? string.Empty : $"""<p class="error" role="alert">{e.Encode(alert)}</p>""")}
            <form method="post" action="{e.Encode(ConsolePaths.Password)}" novalidate>
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
            <input type="text" name="userName" value="{e.Encode(account.UserName)}" autocomplete="username" hidden>
            {Field(OperatorPasswords.CurrentPasswordField, "Kata sandi saat ini", "current-password", errors, first: true)}
            {Field(OperatorPasswords.NewPasswordField, "Kata sandi baru", "new-password", errors, hint: OperatorPasswords.Rule)}
            {Field(ConfirmPasswordField, "Ulangi kata sandi baru", "new-password", errors)}
            <button type="submit">Simpan kata sandi baru</button>
            </form>
            {ConsoleShell.SignOut(tokens)}
            {back}
            """;
        return ConsolePage.Form(Title, body, statusCode);
    }

    /// <summary>After the change: this session goes on, every other one has ended.</summary>
    public static ConsolePage Changed()
    {
        var e = HtmlEncoder.Default;
        return ConsolePage.Form(Title, $"""
            <h1>Kata sandi sudah diganti</h1>
            <p class="sub" role="status">Gunakan kata sandi baru saat masuk berikutnya. Sesi lain akun ini sudah berakhir.</p>
            <p><a id="continue" href="{e.Encode(ConsolePaths.Root)}">Lanjut ke konsol</a></p>
            """);
    }

    private static string Field(string name, string label, string autocomplete, IReadOnlyDictionary<string, string> errors, bool first = false, string? hint = null)
    {
        var e = HtmlEncoder.Default;
        var error = errors.TryGetValue(name, out var message) ? message : null;
        var described = string.Join(' ', new[] { hint is null ? null : name + "-hint", error is null ? null : name + "-error" }.OfType<string>());
        var autofocus = error is not null ? errors.Keys.First() == name : first && errors.Count == 0;
        return $"""
            <label for="{name}">{e.Encode(label)}</label>
            <input id="{name}" name="{name}" type="password" autocomplete="{autocomplete}" maxlength="{OperatorPasswords.MaxLength}" required{(described.Length > 0 ? $" aria-describedby=\"{described}\"" : string.Empty)}{(error is null ? string.Empty : " aria-invalid=\"true\"")}{(autofocus ? " autofocus" : string.Empty)}>
            {(hint is null ? string.Empty : $"""<p class="note" id="{name}-hint">{e.Encode(hint)}</p>""")}
            {(error is null ? string.Empty : $"""<p class="error" id="{name}-error" role="alert">{e.Encode(error)}</p>""")}
            """;
    }
}
