using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Reads one dialog file: syntax, then shape (unknown, missing, mistyped properties), then the typed object.</summary>
internal static class DialogJson
{
    public static readonly IContractResolver Resolver = new DefaultContractResolver
    {
        NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false },
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = Resolver,
        MissingMemberHandling = MissingMemberHandling.Error,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false) },
    });

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>The parsed file, or null (with the reason recorded) when it is missing or not valid JSON.</summary>
    public static JToken? Parse(string fullPath, string file, DialogErrorList errors)
    {
        if (!File.Exists(fullPath))
        {
            errors.Add(file, "$", "file not found");
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StreamReader(fullPath));
            var token = JToken.ReadFrom(reader, LoadSettings);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                errors.Add(new DialogFileException(file, JsonPaths.FromNewtonsoft(reader.Path), $"invalid JSON at line {reader.LineNumber}, position {reader.LinePosition}: unexpected content after the end of the document")
                {
                    Line = reader.LineNumber,
                    Position = reader.LinePosition,
                });
                return null;
            }

            return token;
        }
        catch (JsonReaderException e)
        {
            errors.Add(new DialogFileException(file, JsonPaths.FromNewtonsoft(e.Path), $"invalid JSON at line {e.LineNumber}, position {e.LinePosition}: {Shorten(e.Message)}")
            {
                Line = e.LineNumber,
                Position = e.LinePosition,
            });
            return null;
        }
    }

    /// <summary>
    /// Checks the shape against <typeparamref name="T"/> and returns the object. When the shape is wrong the problems are
    /// recorded and the object is still read leniently (unknown properties and bad values skipped), so that the checks
    /// that follow can report the other problems of the file in the same run.
    /// </summary>
    public static T? Read<T>(string fullPath, string file, DialogErrorList errors)
        where T : class => Read<T>(fullPath, file, errors, out _);

    /// <param name="clean">False when the shape was wrong: the object may then hold nulls where the model has none.</param>
    public static T? Read<T>(string fullPath, string file, DialogErrorList errors, out bool clean)
        where T : class
    {
        clean = false;
        var token = Parse(fullPath, file, errors);
        if (token is null) return null;
        if (!new ShapeChecker(Resolver, errors, file).Check(token, typeof(T))) return ReadLeniently<T>(token);

        clean = true;

        try
        {
            return token.ToObject<T>(Serializer) ?? throw new JsonSerializationException("the file is empty");
        }
        catch (JsonException e)
        {
            errors.Add(file, "$", Shorten(e.Message));
            return null;
        }
    }

    private static T? ReadLeniently<T>(JToken token)
        where T : class
    {
        var lenient = JsonSerializer.Create(new JsonSerializerSettings
        {
            ContractResolver = Resolver,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            Converters = { new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false) },
            Error = (_, args) => args.ErrorContext.Handled = true,
        });
        try
        {
            return token.ToObject<T>(lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Newtonsoft's message without its trailing "Path '…', line 3, position 7." (said better by us).</summary>
    private static string Shorten(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0) at = message.IndexOf(", line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
