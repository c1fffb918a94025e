package gen.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the folder a browser saves beside a page ({@code page.html} + {@code page_files/}):
 * its pictures, style sheets and the frames of the page, saved as {@code .html} files that are no
 * articles. Browsers name the folder after the page, with a suffix in the user's language ({@code
 * _files}, {@code -Dateien}, {@code _fichiers}, ...). A folder counts as one when a page of that
 * name lies beside it and either the suffix is one browsers use or the page refers to the folder.
 */
public final class SavedPageFolders {
  /** Suffixes of Chrome, Firefox, Edge and Internet Explorer in their many languages. */
  private static final Set<String> SUFFIXES = Set.of(
      "files", "file", "dateien", "fichiers", "archivos", "arquivos", "ficheiros", "bestanden", "filer",
      "tiedostot", "pliki", "soubory", "súbory", "dosyalar", "elemei", "datoteke", "failid", "fails",
      "bylos", "fajlovi", "fitxers", "fitxategiak", "файлы", "файли", "αρχεία");
  private static final String[] PAGE_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"};
  /** A saved page names its folder near the top; reading this much of it is enough to find it. */
  private static final int SCAN_BYTES = 4 * 1024 * 1024;

  /** Whether {@code dir} holds what a browser saved with a page beside it. */
  public static boolean isAssetFolder(Path dir) {
    Path parent = dir.getParent();
    if (parent == null || dir.getFileName() == null) return false;
    String name = dir.getFileName().toString();
    for (int i = name.length() - 1; i > 0; i--) {
      char sep = name.charAt(i);
      if (sep != '_' && sep != '-' && sep != '.' && sep != ' ') continue;
      String suffix = name.substring(i + 1);
      if (suffix.isEmpty() || !suffix.codePoints().allMatch(Character::isLetter)) continue;
      String stem = name.substring(0, i);
      for (String ext : PAGE_EXTENSIONS) {
        Path page = parent.resolve(stem + ext);
        if (!Files.isRegularFile(page)) continue;
        if (SUFFIXES.contains(suffix.toLowerCase(Locale.ROOT)) || refersTo(page, name)) return true;
      }
    }
    return false;
  }

  /** Whether the page's markup names {@code folder/} (as written or percent-encoded). */
  private static boolean refersTo(Path page, String folder) {
    byte[] head;
    // Not through a link: it may lead out of the input folder, and only pages are read there.
    try (InputStream in = Files.newInputStream(page, LinkOption.NOFOLLOW_LINKS)) {
      head = in.readNBytes(SCAN_BYTES);
    } catch (IOException e) {
      return false;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    String encoded = URLEncoder.encode(folder, StandardCharsets.UTF_8).replace("+", "%20");
    return text.contains(folder + "/") || text.contains(encoded + "/");
  }

  private SavedPageFolders() {}
}
