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
  void a_first_build_gets_no_archive_a_rebuild_writes_one_and_the_next_starts_from_it() throws Exception {
    Path jar = Files.writeString(tmp.resolve("gen.jar"), "not really a jar");
    Path out = tmp.resolve("out");
    String[] args = {"build", "--output", out.toString()};
    assertEquals(List.of(), ClassArchive.plan(args, jar.toString()).flags(), "first build");

    Path state = Files.createDirectories(gen.state.StateFolder.of(out));
    Path old = Files.writeString(state.resolve("jvm-classes-0000000000000000.jsa"), "older gen");
    ClassArchive.Plan write = ClassArchive.plan(args, jar.toString());
    Path written = write.written().orElseThrow();
    Path exitCode = written.resolveSibling(written.getFileName() + ".exit");
    assertEquals(List.of("-XX:ArchiveClassesAtExit=" + written, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-D" + ClassArchive.EXIT_CODE_PROPERTY + "=" + exitCode), write.flags());
    assertTrue(!Files.exists(old), "an archive for another jar is deleted");

    // A child that failed: what it wrote is not kept.
    Files.writeString(written, "half an archive");
    assertEquals(1, write.finish(1));
    assertTrue(!Files.exists(written) && !Files.exists(write.archive().orElseThrow()));

    // A build that worked, whose JVM then failed to write the archive (and so exited with 1):
    // the build's own 0 is the exit code, and no archive is kept.
    write = ClassArchive.plan(args, jar.toString());
    Path marker = write.written().orElseThrow().resolveSibling(write.written().orElseThrow().getFileName() + ".exit");
    Files.writeString(marker, "0");
    assertEquals(0, write.finish(1));
    assertTrue(!Files.exists(marker) && !Files.exists(write.archive().orElseThrow()));
    // A build that chose 2 keeps its 2; without a recorded code the process's code stands.
    write = ClassArchive.plan(args, jar.toString());
    marker = write.written().orElseThrow().resolveSibling(write.written().orElseThrow().getFileName() + ".exit");
    Files.writeString(marker, "2");
    assertEquals(2, write.finish(2));
    write = ClassArchive.plan(args, jar.toString());
    assertEquals(1, write.finish(1));

    write = ClassArchive.plan(args, jar.toString());
    Files.writeString(write.written().orElseThrow(), "archive");
    write.finish(0);
    assertTrue(Files.isRegularFile(write.archive().orElseThrow()));
    ClassArchive.Plan use = ClassArchive.plan(args, jar.toString());
    assertEquals("-XX:SharedArchiveFile=" + write.archive().orElseThrow(), use.flags().get(0));
    assertEquals(java.util.Optional.empty(), use.written());
  }

  @Test
  void an_archive_made_beside_the_jar_is_used_by_every_build_unless_older_than_the_jar() throws Exception {
    Path jar = Files.writeString(tmp.resolve("gen.jar"), "not really a jar");
    Path beside = Files.writeString(tmp.resolve("gen.jsa"), "archive");
    Path out = tmp.resolve("out");
    String[] args = {"build", "--output", out.toString()};
    ClassArchive.Plan first = ClassArchive.plan(args, jar.toString());
    assertEquals(List.of("-XX:SharedArchiveFile=" + beside, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), first.flags(),
        "a first build into an empty folder");
    Files.createDirectories(gen.state.StateFolder.of(out));
    ClassArchive.Plan rebuild = ClassArchive.plan(args, jar.toString());
    assertEquals(first.flags(), rebuild.flags());
    assertEquals(Optional.empty(), rebuild.written(), "a rebuild writes none of its own");

    Files.setLastModifiedTime(beside, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() - 60_000));
    assertEquals(Optional.empty(), ClassArchive.besideJar(jar.toString()), "made from an older jar");
    assertTrue(ClassArchive.plan(args, jar.toString()).written().isPresent(), "then the rebuild makes its own");
    assertEquals(Optional.empty(), ClassArchive.besideJar(tmp.resolve("gen.zip").toString()));
  }
}
