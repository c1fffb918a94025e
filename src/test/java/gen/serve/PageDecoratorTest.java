package gen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoratorTest {
  @Test
  void finds_the_last_closing_body_tag_of_a_file_wherever_its_blocks_divide_it() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("page", ".html");
    try {
      int block = 64 * 1024;
      for (int at : new int[] {0, 5, block - 7, block - 3, block, 3 * block - 1, 3 * block + 10}) {
        byte[] page = new byte[3 * block + 40];
        java.util.Arrays.fill(page, (byte) 'x');
        if (at > 20) System.arraycopy("</body>".getBytes(), 0, page, 3, 7); // an earlier one
        System.arraycopy("</Body>".getBytes(), 0, page, at, 7);
        java.nio.file.Files.write(file, page);
        try (var channel = java.nio.channels.FileChannel.open(file)) {
          assertEquals(at, PageDecorator.insertionPoint(channel, page.length), "at " + at);
        }
      }
      java.nio.file.Files.write(file, "<p>no tag".getBytes());
      try (var channel = java.nio.channels.FileChannel.open(file)) {
        assertEquals(9, PageDecorator.insertionPoint(channel, 9));
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void puts_the_reload_script_before_the_closing_body_tag() {
    String out = PageDecorator.decorate("<html><body><p>x</p></BODY></html>", Optional.empty());
    assertEquals("<html><body><p>x</p><script src=\"/__gen/reload.js\"></script></BODY></html>", out);
    assertFalse(out.contains("gen-build-error"));
  }

  @Test
  void appends_the_script_to_a_page_without_a_body_tag() {
    String out = PageDecorator.decorate("<p>fragment", Optional.empty());
    assertTrue(out.startsWith("<p>fragment<script src="), out);
  }

  @Test
  void shows_a_build_error_escaped() {
    String out = PageDecorator.decorate("<body></body>", Optional.of("index.ftlh:3: <script>alert(1)</script>"));
    assertTrue(out.contains("id=\"gen-build-error\""), out);
    assertTrue(out.contains("index.ftlh:3: &lt;script&gt;alert(1)&lt;/script&gt;"), out);
    assertFalse(out.contains("<script>alert(1)"), out);
  }

  @Test
  void adds_nothing_inline_that_a_content_security_policy_would_block() {
    String out = PageDecorator.decorate("<body></body>", Optional.of("error"));
    assertFalse(out.matches("(?s).*<script>.*"), "no inline script: " + out);
    assertFalse(out.contains("style=\""), "no inline style: " + out);
    assertTrue(out.contains("<link rel=\"stylesheet\" href=\"/__gen/overlay.css\">"), out);
  }

  @Test
  void normalizes_base_paths() {
    assertEquals("/", PreviewServer.normalizeBasePath(""));
    assertEquals("/", PreviewServer.normalizeBasePath("/"));
    assertEquals("/repo/", PreviewServer.normalizeBasePath("repo"));
    assertEquals("/repo/", PreviewServer.normalizeBasePath("/repo"));
    assertEquals("/a/b/", PreviewServer.normalizeBasePath("/a/b/"));
  }
}
