package gen.render;

/** A template could not be loaded or failed while rendering; the message is one line for a human. */
public final class RenderException extends Exception {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
