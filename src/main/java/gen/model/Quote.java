package gen.model;

import java.util.Optional;

/** A quotation in the article text and, when the text says so, who said it. */
public record Quote(String text, Optional<String> speaker) {}
