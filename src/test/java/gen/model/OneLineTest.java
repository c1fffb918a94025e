package gen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OneLineTest {
  @Test
  void a_diagnostic_naming_a_file_with_a_newline_is_one_line() {
    Diagnostic d = Diagnostic.error("a\nb.txt: skipped: forged\rc\t.txt", "skipped: empty file");
    assertEquals("a\\nb.txt: skipped: forged\\rc\\t.txt: skipped: empty file", d.line());
  }

  @Test
  void escapes_terminal_controls_and_bidirectional_overrides_and_keeps_other_text() {
    assertEquals("\\x1B[31mred\\x7F\\x9B", OneLine.of("\u001b[31mred\u007f\u009b"));
    assertEquals("txt.\\u202Eexe \\u2028 \\u2066", OneLine.of("txt.\u202eexe \u2028 \u2066"));
    String plain = "Zürich/東京/عربي – “quoted” 2024.txt";
    assertSame(plain, OneLine.of(plain));
  }
}
