package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
  @TempDir Path tmp;

  @Test
  void the_output_folder_is_read_from_the_plain_forms_and_refused_when_in_doubt() {
    assertEquals(Optional.of(Path.of("site")), ClassArchive.outputFolder(new String[] {"build"}));
    assertEquals(Optional.of(Path.of("out")), ClassArchive.outputFolder(new String[] {"build", "-o", "out"}));
    assertEquals(Optional.of(Path.of("out")), ClassArchive.outputFolder(new String[] {"build", "--input", "in", "--output", "out"}));
    assertEquals(Optional.of(Path.of("o u t")), ClassArchive.outputFolder(new String[] {"build", "--output=o u t", "--jobs", "2"}));
    assertEquals(Optional.of(Path.of("site")), ClassArchive.outputFolder(new String[] {"build", "--", "-o"}));
    assertEquals(Optional.empty(), ClassArchive.outputFolder(new String[] {"build", "@args.txt"}));
    assertEquals(Optional.empty(), ClassArchive.outputFolder(new String[] {"build", "-oout"}));
    assertEquals(Optional.empty(), ClassArchive.outputFolder(new String[] {"build", "-o"}));
    assertEquals(Optional.empty(), ClassArchive.outputFolder(new String[] {"build", "-o", "a", "-o", "b"}));
  }

  @Test
  void a_first_build_gets_no_archive_a_rebuild_writes_one_and_the_next_starts_from_it() throws Exception {
    Path jar = Files.writeString(tmp.resolve("gen.jar"), "not really a jar");
    Path out = tmp.resolve("out");
    String[] args = {"build", "--output", out.toString()};
    assertEquals(List.of(), ClassArchive.flags(args, jar.toString()), "first build");

    Path state = Files.createDirectories(out.resolve(".gen-cache"));
    Path old = Files.writeString(state.resolve("jvm-classes-0000000000000000.jsa"), "older gen");
    List<String> write = ClassArchive.flags(args, jar.toString());
    assertTrue(write.get(0).startsWith("-XX:ArchiveClassesAtExit=" + state.resolve("jvm-classes-")), write.toString());
    assertTrue(write.contains("-Xlog:cds=off"), write.toString());
    assertTrue(!Files.exists(old), "an archive for another jar is deleted");

    Files.writeString(Path.of(write.get(0).substring("-XX:ArchiveClassesAtExit=".length())), "archive");
    List<String> use = ClassArchive.flags(args, jar.toString());
    assertEquals(write.get(0).replace("ArchiveClassesAtExit", "SharedArchiveFile"), use.get(0));
  }
}
