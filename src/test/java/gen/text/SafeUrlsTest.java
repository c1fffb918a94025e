package gen.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeUrlsTest {
  @Test
  void allows_web_mail_and_relative_links() {
    for (String ok : new String[] {
      "https://example.org/a?b=c#d", "http://example.org", "HTTPS://EXAMPLE.ORG/", "mailto:desk@example.org",
      "../articles/a.html", "articles/a.html", "#notes", "?q=x", "/archive/", "a/b:c.html", "page.html#x:y"}) {
      assertTrue(SafeUrls.isSafeLink(ok), ok);
    }
  }

  @Test
  void refuses_script_and_data_urls_however_spelled() {
    for (String bad : new String[] {
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)",
      "java\nscript:alert(1)", "\u0000javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>",
      "data:image/svg+xml,<svg onload=alert(1)>", "file:///etc/passwd", "ftp://example.org", "", "   "}) {
      assertFalse(SafeUrls.isSafeLink(bad), bad);
    }
  }
}
