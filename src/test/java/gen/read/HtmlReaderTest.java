package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.SourceFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static String text(byte[] bytes) throws UnreadableFileException {
    SourceFile file = new SourceFile(Path.of("page.html"), "page.html", bytes.length, Instant.EPOCH);
    return ArticleReader.forFormat(Format.HTML).read(file, bytes).document().selectFirst("p").text();
  }

  @Test
  void readsValidUtf8AsUtf8WhateverTheMetaTagClaims() throws Exception {
    byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ångström — 東京</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("Ångström — 東京", text(bytes));
  }

  @Test
  void followsTheDeclaredCharsetWhenTheBytesAreNotUtf8() throws Exception {
    byte[] bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>café “quoted”</p></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    assertEquals("café “quoted”", text(bytes));
  }

  @Test
  void followsAByteOrderMark() throws Exception {
    byte[] body = "<html><body><p>naïve</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertEquals("naïve", text(bytes));
  }
}
