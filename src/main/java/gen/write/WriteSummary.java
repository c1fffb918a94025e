package gen.write;

/** What a build did to the output folder. */
public record WriteSummary(int files, int written, int unchanged, int deleted) {}
