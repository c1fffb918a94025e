package gen.model;

import java.util.Optional;

/**
 * What a wire story's dateline says: {@code MOSCOW, May 9 (Xinhua) --} gives the place the story
 * was filed from ("MOSCOW", as written) and the agency that filed it ("Xinhua"). Either may be
 * missing ({@code WASHINGTON --}, {@code (AP) --}), never both.
 */
public record Dateline(Optional<String> place, Optional<String> agency) {}
