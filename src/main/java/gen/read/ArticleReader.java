package gen.read;

import gen.model.SourceFile;
import java.io.IOException;

/** Reads one format. Implementations are stateless and safe to share between threads. */
public sealed interface ArticleReader permits TextReader, MarkdownReader, HtmlReader {

  ReadArticle read(SourceFile file, byte[] bytes) throws UnreadableFileException;

  /** The reader for a file's format. */
  static ArticleReader forFormat(Format format) {
    return switch (format) {
      case TEXT -> TextReader.INSTANCE;
      case MARKDOWN -> MarkdownReader.INSTANCE;
      case HTML -> HtmlReader.INSTANCE;
    };
  }

  /** Reads a file from disk with the reader its extension names, applying the size limit. */
  static ReadArticle readFile(SourceFile file) throws UnreadableFileException {
    return readFile(file, bytesOf(file));
  }

  /**
   * A file's bytes, when its extension names a format and it is within the size limit; read once
   * by a build, which both reads them and fingerprints them for its cache.
   */
  static byte[] bytesOf(SourceFile file) throws UnreadableFileException {
    formatOf(file);
    if (file.size() > Limits.MAX_FILE_BYTES) {
      throw new UnreadableFileException(
          "skipped: file too large (" + file.size() / (1024 * 1024) + " MB; the limit is "
              + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB)");
    }
    try {
      return java.nio.file.Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new UnreadableFileException("skipped: cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** {@code bytes}, the file's content, read with the reader its extension names; the array is not changed. */
  static ReadArticle readFile(SourceFile file, byte[] bytes) throws UnreadableFileException {
    Format format = formatOf(file);
    if (bytes.length == 0) throw new UnreadableFileException("skipped: empty file");
    return forFormat(format).read(file, bytes);
  }

  private static Format formatOf(SourceFile file) throws UnreadableFileException {
    return Format.of(file.fileName()).orElseThrow(() -> new UnreadableFileException("skipped: unknown format"));
  }
}
