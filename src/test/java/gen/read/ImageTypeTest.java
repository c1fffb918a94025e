package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageTypeTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void recognises_pictures_by_their_first_bytes() {
    assertEquals(Optional.of(ImageType.JPEG), ImageType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
    assertEquals(Optional.of(ImageType.PNG), ImageType.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)));
    assertEquals(Optional.of(ImageType.GIF), ImageType.sniff(ascii("GIF89a\1\0\1\0")));
    assertEquals(Optional.of(ImageType.WEBP), ImageType.sniff(ascii("RIFF\0\0\0\0WEBPVP8 ")));
    assertEquals(Optional.of(ImageType.AVIF), ImageType.sniff(ascii("\0\0\0\u0020ftypavif\0\0\0\0avifmif1miaf")));
    assertEquals(Optional.of(ImageType.AVIF), ImageType.sniff(ascii("\0\0\0\u001cftypmif1\0\0\0\0mif1avif")));
    assertEquals(Optional.of(ImageType.SVG), ImageType.sniff("\uFEFF<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE svg>\n<svg xmlns=\"\">".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void text_markup_and_other_media_are_no_pictures() {
    assertEquals(Optional.empty(), ImageType.sniff(ascii("<html><script>alert(1)</script>")));
    assertEquals(Optional.empty(), ImageType.sniff(ascii("<html><body><svg></svg></body></html>")));
    assertEquals(Optional.empty(), ImageType.sniff(ascii("\0\0\0\u0018ftypmp42\0\0\0\0isom")), "an MP4 video");
    assertEquals(Optional.empty(), ImageType.sniff(ascii("RIFF\0\0\0\0WAVEfmt ")));
    assertEquals(Optional.empty(), ImageType.sniff(new byte[0]));
    assertEquals(Optional.empty(), ImageType.sniff(bytes(0xFF, 0xD8)));
  }

  @Test
  void picture_extensions_are_matched_case_insensitively() {
    assertTrue(ImageType.hasImageExtension("page_files/Photo.JPG"));
    assertTrue(ImageType.hasImageExtension("a.b/c.webp"));
    assertFalse(ImageType.hasImageExtension("page_files/script.js"));
    assertFalse(ImageType.hasImageExtension("page_files/frame.html"));
    assertFalse(ImageType.hasImageExtension("jpg"));
  }
}
