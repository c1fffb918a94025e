package gen.write;

import java.util.List;

/**
 * What a build did to the output folder.
 *
 * @param keptEdited files of the previous build that this one no longer makes but that were edited
 *     by hand since, so were left in place
 */
public record WriteSummary(int files, int written, int unchanged, int deleted, List<String> keptEdited) {
  public WriteSummary {
    keptEdited = List.copyOf(keptEdited);
  }
}
