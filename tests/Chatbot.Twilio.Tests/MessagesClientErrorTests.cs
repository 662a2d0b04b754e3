using Chatbot.Core.Messaging;
using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio.Tests;

/// <summary>How Twilio's refusals and failures become Transient or Permanent, against a local stand-in for the API.</summary>
public sealed class MessagesClientErrorTests
{
    private static async Task<SendResult> SendThrough(Func<HttpContext, Task> answer, int timeoutSeconds = 15, OutboundMessage? message = null)
    {
        await using var sink = await LocalHttpSink.StartAsync(answer);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(timeoutSeconds) };
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(sink.BaseUrl)), TimeProvider.System);
        return await client.SendAsync(message ?? OutboundMessages.Text());
    }

    private static Func<HttpContext, Task> Answer(int status, string? json = null, string? retryAfter = null) => async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    };

    [Fact]
    public async Task A_400_with_twilios_error_is_permanent_with_its_code_and_message()
    {
        var result = await SendThrough(Answer(400,
            """{"code": 21211, "message": "The 'To' number +62812 is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}"""));

        var permanent = Assert.IsType<SendResult.Permanent>(result);
        Assert.Equal("21211", permanent.ErrorCode);
        Assert.Contains("not a valid phone number", permanent.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_24_hour_window_stays_permanent_even_under_a_5xx()
    {
        var result = await SendThrough(Answer(503, """{"code": 63016, "message": "Outside the allowed window.", "status": 503}"""));

        Assert.Equal("63016", Assert.IsType<SendResult.Permanent>(result).ErrorCode);
    }

    [Fact]
    public async Task A_429_is_transient_and_honours_retry_after()
    {
        var result = await SendThrough(Answer(429, """{"code": 20429, "message": "Too Many Requests", "status": 429}""", retryAfter: "7"));

        var transient = Assert.IsType<SendResult.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(7), transient.RetryAfter);
    }

    [Fact]
    public async Task A_500_without_a_body_is_transient()
    {
        var transient = Assert.IsType<SendResult.Transient>(await SendThrough(Answer(500)));
        Assert.Null(transient.RetryAfter);
        Assert.Contains("500", transient.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_that_does_not_answer_in_time_is_transient()
    {
        var result = await SendThrough(async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted), timeoutSeconds: 1);

        Assert.Contains("did not answer", Assert.IsType<SendResult.Transient>(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_transient()
    {
        await using var sink = await LocalHttpSink.StartAsync(Answer(200));
        var closedUrl = sink.BaseUrl;
        await sink.DisposeAsync();
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(closedUrl)), TimeProvider.System);

        Assert.IsType<SendResult.Transient>(await client.SendAsync(OutboundMessages.Text()));
    }

    [Fact]
    public async Task A_caller_cancellation_is_not_swallowed()
    {
        await using var sink = await LocalHttpSink.StartAsync(async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(sink.BaseUrl)), TimeProvider.System);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(OutboundMessages.Text(), cancel.Token));
    }

    [Fact]
    public async Task The_request_is_authenticated_form_encoded_and_points_status_callbacks_at_the_public_url()
    {
        string? body = null, auth = null, path = null, contentType = null;
        await using var sink = await LocalHttpSink.StartAsync(async context =>
        {
            path = context.Request.Path;
            auth = context.Request.Headers.Authorization;
            contentType = context.Request.ContentType;
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync("""{"sid": "SM99999999999999999999999999999999", "status": "queued"}""");
        });
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(sink.BaseUrl, "https://adminduk.example.go.id/")), TimeProvider.System);

        var result = await client.SendAsync(OutboundMessages.TextAndMedia());

        Assert.Equal(new SendResult.Accepted("SM99999999999999999999999999999999", DeliveryStatus.Queued), result);
        Assert.Equal($"/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages.json", path);
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TestOptions.AccountSid + ":" + TestOptions.AuthToken)), auth);
        Assert.StartsWith("application/x-www-form-urlencoded", contentType, StringComparison.Ordinal);
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body);
        Assert.Equal("whatsapp:+6281234567890", fields["To"]);
        Assert.Equal("whatsapp:+14155238886", fields["From"]);
        Assert.Equal(2, fields["MediaUrl"].Count);
        Assert.Equal("https://adminduk.example.go.id/twilio/status", fields["StatusCallback"]);
    }

    [Fact]
    public void Template_variables_are_sent_as_a_json_object_string()
    {
        var fields = TwilioMessageForm.Fields(OutboundMessages.Template(), TestOptions.Create());

        Assert.Contains(new KeyValuePair<string, string>("ContentVariables", """{"1":"Budi Santoso","2":"KTP-2026-000123"}"""), fields);
        Assert.DoesNotContain(fields, f => f.Key is "Body" or "MediaUrl" or "StatusCallback");
    }

    [Fact]
    public async Task An_empty_message_is_permanent_without_calling_twilio()
    {
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create("http://127.0.0.1:9")), TimeProvider.System);

        Assert.IsType<SendResult.Permanent>(await client.SendAsync(OutboundMessages.Text() with { Text = "" }));
    }

    [Fact]
    public async Task The_throwing_api_raises_a_typed_exception_with_twilios_error()
    {
        await using var sink = await LocalHttpSink.StartAsync(Answer(400,
            """{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}"""));
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(sink.BaseUrl)), TimeProvider.System);

        var error = (await Assert.ThrowsAsync<TwilioApiException>(() => client.CreateMessageAsync(OutboundMessages.Text()))).Error;

        Assert.Equal(new TwilioApiError(21610, "Attempt to send to unsubscribed recipient", "https://www.twilio.com/docs/errors/21610", 400), error);
    }
}
