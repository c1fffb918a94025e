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
    Format format =
        Format.of(file.fileName()).orElseThrow(() -> new UnreadableFileException("skipped: unknown format"));
    if (file.size() > Limits.MAX_FILE_BYTES) {
      throw new UnreadableFileException(
          "skipped: file too large (" + file.size() / (1024 * 1024) + " MB; the limit is "
              + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB)");
    }
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new UnreadableFileException("skipped: cannot read (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length == 0) throw new UnreadableFileException("skipped: empty file");
    return forFormat(format).read(file, bytes);
  }
}
