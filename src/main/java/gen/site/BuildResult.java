package gen.site;

import gen.write.WriteSummary;

/** What a build made. */
public record BuildResult(int articles, WriteSummary write, long millis) {}
