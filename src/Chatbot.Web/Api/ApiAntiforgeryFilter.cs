using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.Api;

/// <summary>
/// Unsafe API methods (POST, PUT, PATCH, DELETE) with the console cookie must carry the antiforgery token in the
/// X-CSRF-TOKEN header (GET /api/antiforgery gives it): without it, 400 and nothing done.
/// </summary>
public sealed class ApiAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return await next(context);
        return await antiforgery.IsRequestValidAsync(context.HttpContext)
            ? await next(context)
            : TypedResults.Problem(
                detail: $"Token antiforgery tidak ada atau tidak sah: ambil dari GET {ApiPaths.Root}/antiforgery dan kirim di header {ApiPaths.AntiforgeryHeader}.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Permintaan ditolak",
                extensions: new Dictionary<string, object?> { ["code"] = "antiforgery" });
    }
}
