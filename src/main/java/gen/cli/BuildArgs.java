package gen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code build} command line read loosely, before picocli reads it (picocli takes a JVM's first
 * tenth of a second, and the launcher JVM never loads it): which output and input folders it
 * names, whether it asks only for help. A folder the command line does not name is looked for in
 * the settings file ({@code gen.yaml}), read as loosely, without a YAML parser. Each answer errs on
 * the side that costs time, never one that changes what the build does; picocli's and the settings
 * file's full reading are the ones the build follows.
 */
final class BuildArgs {
  private BuildArgs() {}

  /**
   * The {@code --output} of a build's arguments, or its default; empty when the arguments are of
   * a shape read here with any doubt (an {@code @file} of arguments, a clustered short option):
   * then whatever asked goes without (a class archive, a build server), which costs a little time
   * and nothing else.
   */
  static Optional<Path> outputFolder(String[] args) {
    return folderOption(args, 'o', "--output", "output", "site");
  }

  /** The {@code --input} of a build's arguments, or its default, read as {@link #outputFolder} reads its option. */
  static Optional<Path> inputFolder(String[] args) {
    return folderOption(args, 'i', "--input", "input", "seeds");
  }

  private static Optional<Path> folderOption(String[] args, char shortName, String longName, String key, String byDefault) {
    String option = "-" + shortName;
    String folder = null;
    boolean seen = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      if (a.startsWith("@")) return Optional.empty();
      String value;
      if (a.equals(option) || a.equals(longName)) {
        if (i + 1 >= args.length) return Optional.empty();
        value = args[++i];
      } else if (a.startsWith(longName + "=")) {
        value = a.substring(longName.length() + 1);
      } else if (a.startsWith(option) || a.startsWith(longName)
          || (a.startsWith("-") && !a.startsWith("--") && a.indexOf(shortName) > 0)) {
        return Optional.empty(); // -ofolder, -qo folder: read here with doubt
      } else {
        continue;
      }
      if (seen || value.isEmpty()) return Optional.empty();
      seen = true;
      folder = value;
    }
    if (folder == null) return settingsFolder(args, key, byDefault);
    try {
      return Optional.of(Path.of(folder));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** A top-level {@code key: value} line of a settings file, the value plain or simply quoted. */
  private static final Pattern SETTING = Pattern.compile("([A-Za-z_]+)[ \t]*:(?:[ \t]+(.*))?");

  /**
   * The folder the settings file gives for {@code key}, or the default when there is no file or it
   * does not set the key; empty when the file is named by an option read here with doubt, or the
   * key is written in a way this line-by-line reading does not follow (quoted, nested, an alias).
   */
  private static Optional<Path> settingsFolder(String[] args, String key, String byDefault) {
    Optional<Path> file = settingsFile(args);
    if (file.isEmpty()) return Optional.empty();
    Path f = file.get();
    if (!Files.exists(f)) {
      // A file named on the command line that is not there is a usage error, for picocli to tell.
      return f.toString().equals(gen.config.ConfigFile.DEFAULT_NAME) ? Optional.of(Path.of(byDefault)) : Optional.empty();
    }
    List<String> lines;
    try {
      if (Files.size(f) > (1 << 18)) return Optional.empty();
      lines = Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Pattern mention = Pattern.compile("(?i)\\b" + key + "\\b");
    String value = null;
    boolean set = false;
    boolean emptyJustBefore = false;
    for (String line : lines) {
      String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (l.isBlank() || l.stripLeading().startsWith("#") || l.equals("---")) continue;
      // "output:" with its value on the lines below it
      if (emptyJustBefore && (Character.isWhitespace(l.charAt(0)) || l.charAt(0) == '-')) return Optional.empty();
      emptyJustBefore = false;
      Matcher m = SETTING.matcher(l);
      if (m.matches() && m.group(1).equals(key)) {
        if (set) return Optional.empty();
        set = true;
        value = m.group(2) == null ? "" : m.group(2);
        emptyJustBefore = value.isBlank();
      } else if (mention.matcher(l).find()) {
        return Optional.empty(); // "output": x, ? output, or a value that mentions it: not read here
      }
    }
    if (!set) return Optional.of(Path.of(byDefault));
    Optional<String> folder = plainValue(value);
    if (folder.isEmpty()) return Optional.empty();
    if (folder.get().isEmpty()) return Optional.of(Path.of(byDefault));
    try {
      Path p = Path.of(folder.get());
      Path holder = f.toAbsolutePath().getParent();
      boolean here = holder == null || holder.equals(Path.of("").toAbsolutePath());
      return Optional.of(p.isAbsolute() || here ? p : holder.resolve(p).normalize());
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The text of a value as written after {@code key:}; "" for none; empty when read here with doubt. */
  private static Optional<String> plainValue(String written) {
    String v = written;
    int comment = v.indexOf(" #");
    if (comment >= 0) v = v.substring(0, comment);
    v = v.strip();
    if (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null")) return Optional.of("");
    char first = v.charAt(0);
    if (first == '"' || first == '\'') {
      boolean closed = v.length() >= 2 && v.charAt(v.length() - 1) == first;
      String inner = closed ? v.substring(1, v.length() - 1) : "";
      if (!closed || inner.indexOf(first) >= 0 || inner.indexOf('\\') >= 0) return Optional.empty();
      return Optional.of(inner);
    }
    if ("&*!|>{[%@`#".indexOf(first) >= 0 || v.contains(": ") || v.contains("\t")) return Optional.empty();
    return Optional.of(v);
  }

  /** The settings file the arguments name ({@code --config}), else {@code gen.yaml}; empty when read here with doubt. */
  private static Optional<Path> settingsFile(String[] args) {
    String named = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      String value;
      if (a.equals("--config")) {
        if (i + 1 >= args.length) return Optional.empty();
        value = args[++i];
      } else if (a.startsWith("--config=")) {
        value = a.substring("--config=".length());
      } else {
        continue;
      }
      if (named != null || value.isEmpty()) return Optional.empty();
      named = value;
    }
    try {
      return Optional.of(Path.of(named != null ? named : gen.config.ConfigFile.DEFAULT_NAME));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the arguments may ask for help or the version rather than a build: answered in this
   * JVM, with no second one started for it (nor a build server left waiting). Read loosely, in the
   * safe direction: an argument that only looks like {@code -h} (a title "-h") costs a build the
   * second JVM's flags, never a wrong answer.
   */
  static boolean asksForHelpOrVersion(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      if (a.equals("--help") || a.equals("--version")) return true;
      // -h, -V, or a cluster of short options with one of them (-qh)
      if (a.length() >= 2 && a.charAt(0) == '-' && a.charAt(1) != '-' && a.chars().skip(1).allMatch(Character::isLetter)
          && (a.indexOf('h') > 0 || a.indexOf('V') > 0)) {
        return true;
      }
    }
    return false;
  }
}
