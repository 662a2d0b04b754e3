using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio.Simulation;

/// <summary>The Message resource JSON Twilio answers to a created message (status "queued").</summary>
public static class SimulatedMessageResource
{
    public static string ToJson(string sid, SimulatedMessageRequest request, string accountSid, DateTimeOffset createdAt)
    {
        var date = createdAt.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        var uri = $"/{SimulationFields.ApiVersionValue}/Accounts/{accountSid}/Messages/{sid}";
        return new JObject
        {
            ["account_sid"] = accountSid,
            ["api_version"] = SimulationFields.ApiVersionValue,
            ["body"] = request.Body ?? string.Empty,
            ["date_created"] = date,
            ["date_sent"] = null,
            ["date_updated"] = date,
            ["direction"] = "outbound-api",
            ["error_code"] = null,
            ["error_message"] = null,
            ["from"] = request.From,
            ["messaging_service_sid"] = request.MessagingServiceSid,
            ["num_media"] = request.MediaUrls.Count.ToString(CultureInfo.InvariantCulture),
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = null,
            ["sid"] = sid,
            ["status"] = "queued",
            ["subresource_uris"] = new JObject { ["media"] = uri + "/Media.json" },
            ["to"] = request.To,
            ["uri"] = uri + ".json",
        }.ToString(Newtonsoft.Json.Formatting.None);
    }
}
