package gen.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads an archive's configuration file ({@value #DEFAULT_NAME} at its root): one YAML mapping of
 * {@link ConfigKey keys} to values. Read as front matter is, with no tags, few aliases and a size
 * limit; then checked whole: an unknown key, a key set twice or a value of the wrong type stops
 * the command with one line that names the file, the line and the key.
 */
public final class ConfigFile {
  /** The file looked for in the working folder when no other is named. */
  public static final String DEFAULT_NAME = "gen.yaml";
  /** Far more than any configuration needs; a larger file is not one. */
  static final int MAX_BYTES = 1 << 18;

  private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);
  private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s/]+(/\\S*)?");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private ConfigFile() {}

  /**
   * The settings of {@code named}, which must exist, or else of {@value #DEFAULT_NAME} in the
   * working folder if there is one; {@link SiteConfig#NONE} when neither.
   */
  public static SiteConfig find(Optional<Path> named) throws ConfigException {
    if (named.isPresent()) return read(named.get());
    Path byDefault = Path.of(DEFAULT_NAME);
    return Files.exists(byDefault) ? read(byDefault) : SiteConfig.NONE;
  }

  /** The checked settings of this file. */
  public static SiteConfig read(Path file) throws ConfigException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) throw new ConfigException(file + ": is a folder, not a configuration file");
      if (Files.size(file) > MAX_BYTES) throw new ConfigException(file + ": too large for a configuration file (over 256 KB)");
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": configuration file not found");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the configuration file (" + e.getMessage() + ")");
    }
    return parse(file, utf8(file, bytes));
  }

  /** The settings of this text, read as the file {@code file}. */
  static SiteConfig parse(Path file, String text) throws ConfigException {
    Optional<Node> document;
    try {
      LoadSettings settings = LoadSettings.builder()
          .setLabel(file.toString())
          .setSchema(new CoreSchema())
          .setMaxAliasesForCollections(10)
          .setCodePointLimit(MAX_BYTES)
          .build();
      document = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
      throw new ConfigException(file + ":" + line + ": not valid YAML: " + firstLine(e.getProblem()));
    } catch (YamlEngineException e) {
      throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (document.isEmpty() || isNull(document.get())) return new SiteConfig(Optional.of(file), Map.of());
    if (!(document.get() instanceof MappingNode mapping)) {
      throw new ConfigException(file + ":" + line(document.get()) + ": expected 'key: value' lines, e.g. title: My archive");
    }
    Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
    Map<ConfigKey, Integer> seenOn = new EnumMap<>(ConfigKey.class);
    Path folder = file.toAbsolutePath().getParent();
    for (NodeTuple entry : mapping.getValue()) {
      Node keyNode = entry.getKeyNode();
      int line = line(keyNode);
      if (!(keyNode instanceof ScalarNode keyScalar) || !PLAIN_TAGS.contains(keyNode.getTag())) {
        throw new ConfigException(file + ":" + line + ": a key must be a plain name, e.g. title");
      }
      String name = keyScalar.getValue();
      Optional<ConfigKey> key = ConfigKey.named(name);
      if (key.isEmpty()) {
        String hint = KeyHints.forUnknown(name).map(h -> " (" + h + ")").orElse("");
        throw new ConfigException(file + ":" + line + ": unknown key '" + name + "'" + hint);
      }
      Integer before = seenOn.put(key.get(), line);
      if (before != null) {
        throw new ConfigException(file + ":" + line + ": '" + name + "' is set twice (first on line " + before + ")");
      }
      Node value = entry.getValueNode();
      if (isNull(value)) continue; // "title:" with nothing after it: not set
      values.put(key.get(), value(file, folder, key.get(), value));
    }
    return new SiteConfig(Optional.of(file), values);
  }

  /** The value of one key, checked against its type. */
  private static Object value(Path file, Path folder, ConfigKey key, Node node) throws ConfigException {
    String where = file + ":" + line(node) + ": '" + key.yamlName() + "'";
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw new ConfigException(where + ": YAML tags (" + node.getTag().getValue() + ") are not allowed here");
    }
    ValueType type = key.type();
    if (!(node instanceof ScalarNode scalar)) {
      throw new ConfigException(where + " must be " + type.expected() + ", got a " + (node.getTag().equals(Tag.SEQ) ? "list" : "mapping"));
    }
    String text = scalar.getValue();
    Tag tag = node.getTag();
    String got = ", got: " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    if (type instanceof ValueType.Text) {
      if (text.isBlank()) throw new ConfigException(where + " is empty; leave the key out to use the default");
      return text.strip();
    }
    if (type instanceof ValueType.Url || type instanceof ValueType.Language) {
      Pattern form = type instanceof ValueType.Url ? URL : LANGUAGE;
      if (!form.matcher(text.strip()).matches()) throw new ConfigException(where + " must be " + type.expected() + got);
      return text.strip();
    }
    if (type instanceof ValueType.PathValue) {
      if (text.isBlank() || !tag.equals(Tag.STR)) throw new ConfigException(where + " must be " + type.expected() + got);
      try {
        Path path = Path.of(text.strip());
        // Relative to the file's folder; as written when that is the working folder, as a
        // command line's folder would be.
        boolean here = folder == null || folder.equals(Path.of("").toAbsolutePath());
        return path.isAbsolute() || here ? path : folder.resolve(path).normalize();
      } catch (InvalidPathException e) {
        throw new ConfigException(where + " is not a usable path" + got);
      }
    }
    if (type instanceof ValueType.Flag) {
      if (!tag.equals(Tag.BOOL)) throw new ConfigException(where + " must be " + type.expected() + got);
      return Boolean.parseBoolean(text.strip().toLowerCase(java.util.Locale.ROOT));
    }
    ValueType.Count c = (ValueType.Count) type;
    long n = Long.MIN_VALUE;
    if (tag.equals(Tag.INT)) {
      try {
        n = Long.parseLong(text.strip().replace("_", ""));
      } catch (NumberFormatException e) {
        // Beyond a long: out of range below.
      }
    }
    if (n < c.min() || n > c.max()) throw new ConfigException(where + " must be " + type.expected() + got);
    return (int) n;
  }

  private static boolean isNull(Node node) {
    return node.getTag().equals(Tag.NULL);
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.strip().split("\n", 2)[0];
  }

  /** The file's text: UTF-8, its byte-order mark dropped; anything else is refused by name. */
  private static String utf8(Path file, byte[] bytes) throws ConfigException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": not UTF-8 text; save the configuration file as UTF-8");
    }
  }
}
