using Chatbot.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddChatbotServices();

var app = builder.Build();

app.MapChatbotEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
