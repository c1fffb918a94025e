package gen.read;

/**
 * A file that cannot become an article. The message is the reason, short and for a human:
 * {@code binary content}, {@code empty file}, {@code invalid front matter: ...}.
 */
public final class UnreadableFileException extends Exception {
  public UnreadableFileException(String reason) {
    super(reason);
  }
}
