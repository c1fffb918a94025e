package gen.scaffold;

import java.util.List;
import java.util.stream.Collectors;

/** YAML scalars written by hand: always double-quoted, so no title can turn into YAML syntax. */
final class YamlText {
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  static String list(List<String> items) {
    return items.stream().map(YamlText::quoted).collect(Collectors.joining(", ", "[", "]"));
  }

  private YamlText() {}
}
