namespace Chatbot.Web.Simulator;

/// <summary>POST /simulator/api/media (multipart "file", up to 20 MB) and GET|HEAD /simulator/media/{id}, which the bot fetches.</summary>
public static class SimulatorMediaApi
{
    public static async Task<IResult> UploadAsync(HttpRequest request, SimulatorMediaStore store, SimulatorSelf self, CancellationToken cancellationToken)
    {
        if (request.ContentLength > SimulatorMediaStore.MaxBytes + 64 * 1024) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!request.HasFormContentType) return Results.BadRequest(new { error = "Kirim berkas sebagai multipart/form-data." });

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Results.BadRequest(new { error = "Berkas tidak terbaca: " + e.Message });
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0) return Results.BadRequest(new { error = "Tidak ada berkas." });
        if (file.Length > SimulatorMediaStore.MaxBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var media = await store.SaveAsync(file, cancellationToken);
        return Results.Ok(new { id = media.Id, url = self.MediaUrl(request, media.Id), contentType = media.ContentType, length = media.Length });
    }

    public static IResult Download(string id, SimulatorMediaStore store) =>
        store.Find(id) is { } media
            ? Results.File(media.Path, media.ContentType, enableRangeProcessing: true)
            : Results.NotFound();
}
