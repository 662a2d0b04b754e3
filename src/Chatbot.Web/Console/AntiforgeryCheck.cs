using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>Every console form post must carry the antiforgery token of its page: without it, 400 and nothing done.</summary>
public sealed class AntiforgeryCheck(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await antiforgery.IsRequestValidAsync(context.HttpContext)
            ? await next(context)
            : Results.Text("Permintaan ditolak: formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu coba lagi.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
