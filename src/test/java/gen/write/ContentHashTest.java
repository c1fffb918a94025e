package gen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  @Test
  void is_murmur3_x64_128_with_seed_zero() {
    // As Guava's Hashing.murmur3_128(0) computes them (checked on 100 random lengths), h1 then h2.
    assertEquals("cbd8a7b341bd9b025b1e906a48ae1d19", ContentHash.of("hello".getBytes(StandardCharsets.UTF_8)));
    assertEquals("e34bbc7bbc071b6c7a433ca9c49a9347",
        ContentHash.of("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void every_length_and_every_byte_counts() {
    Random random = new Random(5);
    Set<String> seen = new HashSet<>();
    for (int len = 0; len < 70; len++) {
      byte[] data = new byte[len];
      random.nextBytes(data);
      String h = ContentHash.of(data);
      assertEquals(32, h.length());
      assertTrue(seen.add(h));
      for (int i = 0; i < len; i++) {
        data[i] ^= 1;
        assertNotEquals(h, ContentHash.of(data), "byte " + i + " of " + len);
        data[i] ^= 1;
      }
      assertEquals(h, ContentHash.of(data.clone()));
    }
  }

  @Test
  void a_hash_from_an_older_sha256_manifest_still_matches_its_file() {
    byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
    String old = ContentHash.sha256(page);
    assertEquals(64, old.length());
    assertTrue(ContentHash.matches(old, page));
    assertTrue(ContentHash.matches(ContentHash.of(page), page));
    assertFalse(ContentHash.matches(old, "<p>edited</p>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(ContentHash.matches(null, page));
  }
}
