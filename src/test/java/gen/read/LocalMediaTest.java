package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMediaTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  @TempDir Path tmp;
  private Path in;
  private Path page;
  private LocalMedia media;

  @BeforeEach
  void archive() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    Path files = Files.createDirectories(in.resolve("news/page_files"));
    page = in.resolve("news/page.html");
    Files.writeString(page, "<p>x</p>");
    Files.write(files.resolve("photo one.png"), PNG);
    Files.write(files.resolve("été.png"), PNG);
    Files.write(in.resolve("shared.png"), PNG);
    Files.write(tmp.resolve("secret.png"), PNG);
    Files.createSymbolicLink(files.resolve("link.png"), tmp.resolve("secret.png"));
    Files.createSymbolicLink(files.resolve("inside.png"), in.resolve("shared.png"));
    Files.createDirectories(in.resolve(".private"));
    Files.write(in.resolve(".private/p.png"), PNG);
    Files.writeString(files.resolve("page.js.png"), "alert(1)");
    media = LocalMedia.under(in);
  }

  private LocalMedia.Lookup find(String url) {
    return media.find(page, url);
  }

  private String refused(String url) {
    return assertInstanceOf(LocalMedia.Refused.class, find(url), url).reason();
  }

  @Test
  void finds_pictures_beside_the_page_whatever_the_url_spelling() throws Exception {
    Path photo = in.resolve("news/page_files/photo one.png").toRealPath();
    for (String url : new String[] {"page_files/photo%20one.png", "./page_files/photo%20one.png?w=300",
        "page_files/photo one.png#top", "page_files/../page_files/photo%20one.png"}) {
      LocalMedia.Found f = assertInstanceOf(LocalMedia.Found.class, find(url), url);
      assertEquals(photo, f.file());
      assertEquals(ImageType.PNG, f.type());
    }
    assertInstanceOf(LocalMedia.Found.class, find("page_files/%C3%A9t%C3%A9.png"));
    assertInstanceOf(LocalMedia.Found.class, find("../shared.png"), "up, but still inside the input folder");
    assertInstanceOf(LocalMedia.Found.class, find("page_files/inside.png"), "a link that stays inside");
  }

  @Test
  void web_addresses_pages_and_anchors_are_not_local_pictures() {
    for (String url : new String[] {"https://example.com/a.png", "data:image/png;base64,AAAA", "mailto:a@b.c",
        "#fig1", "other-article.html", "page_files/frame.html", "", "C:/photos/a.png"}) {
      assertInstanceOf(LocalMedia.NotLocal.class, find(url), url);
    }
  }

  @Test
  void nothing_outside_the_input_folder_hidden_or_fake_is_found() {
    assertEquals("outside the input folder", refused("../../secret.png"));
    assertEquals("outside the input folder", refused("page_files/../../../secret.png"));
    assertEquals("outside the input folder", refused("%2E%2E/%2E%2E/secret.png"));
    assertEquals("a symbolic link leads outside the input folder", refused("page_files/link.png"));
    assertEquals("absolute or Windows paths are not followed", refused("/etc/secret.png"));
    assertEquals("absolute or Windows paths are not followed", refused("%2Fetc/secret.png"));
    assertEquals("absolute or Windows paths are not followed", refused("page_files\\..\\..\\secret.png"));
    assertEquals("hidden files are not published", refused("../.private/p.png"));
    assertEquals("not a picture (by its content)", refused("page_files/page.js.png"));
    assertEquals("not found", refused("page_files/missing.png"));
    assertEquals("not a valid address", refused("page_files/%ZZ.png"));
  }

  @Test
  void a_saved_pages_links_made_absolute_against_its_address_lead_back_to_its_files() throws Exception {
    Optional<String> address = Optional.of("https://news.example.com/2024/05/page");
    Path photo = in.resolve("news/page_files/photo one.png").toRealPath();
    LocalMedia.Found f = assertInstanceOf(LocalMedia.Found.class,
        media.find(page, "https://news.example.com/2024/05/page_files/photo%20one.png", address));
    assertEquals(photo, f.file());
    assertInstanceOf(LocalMedia.Refused.class,
        media.find(page, "https://news.example.com/2024/05/page_files/missing.png", address), "a saved picture that is missing");
    assertInstanceOf(LocalMedia.NotLocal.class,
        media.find(page, "https://news.example.com/2024/05/photo.png", address), "a picture on the site, not saved");
    assertInstanceOf(LocalMedia.NotLocal.class,
        media.find(page, "https://news.example.com/secret.png", address), "never outside the input folder");
    assertInstanceOf(LocalMedia.NotLocal.class,
        media.find(page, "https://cdn.example.net/2024/05/page_files/photo%20one.png", address), "another site");
  }

  @Test
  void relative_paths_between_addresses_of_one_site() {
    assertEquals(Optional.of("page_files/a.png"), LocalMedia.relativeTo("https://x.org/a/b/page", "https://x.org/a/b/page_files/a.png"));
    assertEquals(Optional.of("../img/a.png"), LocalMedia.relativeTo("https://x.org/a/b/page", "https://x.org/a/img/a.png"));
    assertEquals(Optional.of("a/b/c.png"), LocalMedia.relativeTo("https://x.org", "https://X.org/a/b/c.png"));
    assertEquals(Optional.empty(), LocalMedia.relativeTo("https://x.org/a", "http://x.org/a.png"));
    assertEquals(Optional.empty(), LocalMedia.relativeTo("https://x.org/a", "https://y.org/a.png"));
  }
}
