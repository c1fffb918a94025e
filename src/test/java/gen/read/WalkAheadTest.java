package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import gen.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkAheadTest {
  @TempDir Path tmp;

  @Test
  void a_walk_started_ahead_is_the_walk_of_its_folder_once_and_of_no_other() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("b.txt"), "B\\n\\nText.\\n");
    Files.writeString(in.resolve("a.md"), "# A\\n\\nText.\\n");
    Files.createSymbolicLink(in.resolve("gone.txt"), tmp.resolve("nowhere.txt"));

    WalkAhead.start(in);
    assertEquals(Optional.empty(), WalkAhead.take(tmp.resolve("other")), "another folder");
    WalkAhead.start(in);
    WalkAhead.Walked walked = WalkAhead.take(tmp.resolve("x").resolve("..").resolve("in")).orElseThrow();
    Diagnostics direct = new Diagnostics();
    List<SourceFile> expected = Discovery.articles(in, direct);
    assertEquals(expected.stream().map(SourceFile::relative).toList(), walked.files().stream().map(SourceFile::relative).toList());
    assertEquals(direct.all(), walked.diagnostics().all());
    assertTrue(walked.diagnostics().all().stream().anyMatch(d -> d.line().contains("broken symbolic link")));
    assertEquals(Optional.empty(), WalkAhead.take(in), "taken once");
  }

  @Test
  void a_missing_folder_walks_as_discovery_walks_it() throws Exception {
    WalkAhead.start(tmp.resolve("missing"));
    WalkAhead.Walked walked = WalkAhead.take(tmp.resolve("missing")).orElseThrow();
    Diagnostics direct = new Diagnostics();
    assertEquals(Discovery.articles(tmp.resolve("missing"), direct), walked.files());
    assertEquals(direct.all(), walked.diagnostics().all());
  }
}
