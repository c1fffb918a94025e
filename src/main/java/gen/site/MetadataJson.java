package gen.site;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import gen.model.Metadata;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link Metadata} to JSON and back, for the extraction cache: records by their components (so a
 * field added to the model is cached without changes here), {@code java.time} values as ISO
 * strings, {@code Optional} as a value or null. Thread-safe.
 */
final class MetadataJson {
  private static final Gson GSON =
      new GsonBuilder()
          .disableHtmlEscaping()
          .serializeNulls()
          .registerTypeAdapterFactory(new OptionalAdapterFactory())
          .registerTypeAdapter(LocalDate.class, iso(LocalDate::parse))
          .registerTypeAdapter(LocalDateTime.class, iso(LocalDateTime::parse))
          .registerTypeAdapter(ZoneOffset.class, iso(ZoneOffset::of))
          .registerTypeAdapter(Instant.class, iso(Instant::parse))
          .create();

  static String write(Metadata meta) {
    return GSON.toJson(meta);
  }

  static Metadata read(String json) {
    return GSON.fromJson(json, Metadata.class);
  }

  private static <T> TypeAdapter<T> iso(Function<String, T> parse) {
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) out.nullValue();
        else out.value(value.toString());
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return parse.apply(in.nextString());
      }
    }.nullSafe();
  }

  /** {@code Optional<T>} as the JSON of T, or null when empty; never a null Optional back. */
  private static final class OptionalAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != Optional.class) return null;
      Type inner = type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      TypeAdapter<Object> valueAdapter = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
      return (TypeAdapter<T>) new TypeAdapter<Optional<Object>>() {
        @Override
        public void write(JsonWriter out, Optional<Object> value) throws IOException {
          if (value == null || value.isEmpty()) out.nullValue();
          else valueAdapter.write(out, value.get());
        }

        @Override
        public Optional<Object> read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return Optional.empty();
          }
          return Optional.ofNullable(valueAdapter.read(in));
        }
      };
    }
  }

  private MetadataJson() {}
}
