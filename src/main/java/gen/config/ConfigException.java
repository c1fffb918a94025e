package gen.config;

/**
 * A configuration file that cannot be used; the message is one line that names the file, the
 * line and the key: {@code gen.yaml:3: unknown key 'titel' (did you mean 'title'?)}.
 */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
