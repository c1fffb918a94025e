package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.read.ImageType;
import gen.read.LocalMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaIndexTest {
  @TempDir Path tmp;

  private static LocalMedia.Found found(String path, long size, Instant modified) {
    return new LocalMedia.Found(Path.of(path), ImageType.PNG, size, modified);
  }

  @Test
  void a_picture_file_that_is_the_same_keeps_its_copy_across_builds() throws Exception {
    Instant old = Instant.parse("2024-05-06T08:00:00.123456789Z");
    MediaIndex first = MediaIndex.load(tmp);
    first.record(found("/in/a b.png", 100, old), "media/0123456789abcdef.png");
    first.save();

    MediaIndex next = MediaIndex.load(tmp);
    assertEquals(Optional.of("media/0123456789abcdef.png"), next.previousCopy(found("/in/a b.png", 100, old)));
    assertEquals(Optional.empty(), next.previousCopy(found("/in/a b.png", 101, old)), "other size");
    assertEquals(Optional.empty(), next.previousCopy(found("/in/a b.png", 100, old.plusNanos(1))), "other time");
    assertEquals(Optional.empty(), next.previousCopy(found("/in/c.png", 100, old)), "other file");
  }

  @Test
  void a_file_modified_just_now_is_read_again_next_time() throws Exception {
    MediaIndex first = MediaIndex.load(tmp);
    Instant now = Instant.now();
    first.record(found("/in/a.png", 100, now), "media/0123456789abcdef.png");
    first.save();
    assertEquals(Optional.empty(), MediaIndex.load(tmp).previousCopy(found("/in/a.png", 100, now)));
  }

  @Test
  void a_damaged_index_is_an_empty_one() throws Exception {
    Files.writeString(tmp.resolve("media"), "gen-media-index 1\n12\tnot a number\n");
    assertEquals(Optional.empty(), MediaIndex.load(tmp).previousCopy(found("/in/a.png", 12, Instant.EPOCH)));
  }
}
