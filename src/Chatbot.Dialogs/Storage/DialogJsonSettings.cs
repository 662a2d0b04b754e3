using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Storage;

/// <summary>The JSON settings for dialog state: types kept (within the binder's whitelist), Core value types as strings, no date guessing.</summary>
public static class DialogJsonSettings
{
    public static JsonSerializerSettings Create(ISerializationBinder? binder = null)
    {
        binder ??= new RestrictedSerializationBinder();
        return new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
            SerializationBinder = binder,
            ContractResolver = new DialogContractResolver(new TypedObjectConverter(binder)),
            Converters = { new NikJsonConverter(), new PhoneNumberJsonConverter(), new PostalCodeJsonConverter() },
            // "2024-08-17" typed by a citizen must stay a string; dates are typed explicitly by the converter.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            NullValueHandling = NullValueHandling.Include,
            MaxDepth = 64,
        };
    }
}
