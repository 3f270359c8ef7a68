using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationsNetz.Web.Security;

/// <summary>
/// Lists in API bodies hold no nulls: <c>"languages":[null]</c> is refused while reading, as a 400 naming the field,
/// instead of reaching a service that does not expect it. Writing is unchanged.
/// </summary>
public sealed class NoNullItemsConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        && !typeToConvert.GetGenericArguments()[0].IsValueType;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NoNullItemsConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class NoNullItemsConverter<T> : JsonConverter<IReadOnlyList<T>>
        where T : class
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A list is expected.");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw new JsonException("A list holds an empty (null) entry.");
                }

                items.Add(JsonSerializer.Deserialize<T>(ref reader, options)!);
            }

            return items;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndArray();
        }
    }
}
