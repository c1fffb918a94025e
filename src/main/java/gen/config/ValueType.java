package gen.config;

/** What a key of {@code gen.yaml} takes, as far as checking the file needs to know. */
sealed interface ValueType {
  /** Any single value written as text (a number is its digits). */
  ValueType TEXT = new Text();
  /** An absolute http(s) URL. */
  ValueType URL = new Url();
  /** A BCP 47 language tag: {@code en}, {@code pt-BR}. */
  ValueType LANGUAGE = new Language();
  /** A file or folder, relative to the folder of the configuration file. */
  ValueType PATH = new PathValue();
  /** {@code true} or {@code false}. */
  ValueType FLAG = new Flag();

  static ValueType count(int min, int max) {
    return new Count(min, max);
  }

  /** How the file must write the value, for an error message: "text", "true or false". */
  String expected();

  record Text() implements ValueType {
    public String expected() {
      return "text";
    }
  }

  record Url() implements ValueType {
    public String expected() {
      return "an absolute http(s) URL, e.g. https://me.github.io/news/";
    }
  }

  record Language() implements ValueType {
    public String expected() {
      return "a language tag such as en, fr or pt-BR";
    }
  }

  record PathValue() implements ValueType {
    public String expected() {
      return "a folder";
    }
  }

  record Flag() implements ValueType {
    public String expected() {
      return "true or false";
    }
  }

  record Count(int min, int max) implements ValueType {
    public String expected() {
      return "a whole number from " + min + " to " + max;
    }
  }
}
