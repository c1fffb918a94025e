package gen.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application class-data archive (AppCDS) for the build's child JVM, kept in the output
 * folder's state folder ({@link gen.state.StateFolder}) beside the rest of the build's state: a JVM started from it maps
 * gen's and its libraries' classes instead of loading and verifying them, which is a good part of
 * a rebuild that changes little. {@code mvn package} makes one beside the jar ({@link #besideJar}),
 * used by every build when it is there. Without it, only for rebuilds (the state folder exists):
 * the first rebuild's child writes the archive as it exits (under a temporary name, renamed into
 * place once it has exited well), the next ones start from it. Named after the jar and the
 * JVM, so a new gen or a new Java makes a new archive (and the old one is deleted); a JVM that
 * cannot use an archive runs without it. The JVM's messages about archives are silenced: they are
 * about speed, never about the site.
 */
final class ClassArchive {
  /**
   * The system property naming the file where a child that writes an archive leaves the exit code
   * the build chose ({@link #recordExitCode}): a JVM that fails to write the archive as it exits
   * turns any exit code into 1, and a build that worked must not fail for the sake of an archive.
   */
  static final String EXIT_CODE_PROPERTY = "gen.buildExitCodeFile";
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private ClassArchive() {}

  /**
   * What the child JVM does with the archive: its flags, and, when it writes one, the temporary
   * file it writes and the name the archive gets once the child has exited well ({@link #finish}).
   * Written under a name of its own and renamed into place, so a build running beside it never
   * maps half an archive.
   */
  record Plan(List<String> flags, Optional<Path> written, Optional<Path> archive) {
    static final Plan NONE = new Plan(List.of(), Optional.empty(), Optional.empty());

    /**
     * After the child exited with {@code code}: the archive it wrote is put in place, or deleted.
     * Returns the build's own exit code, which is {@code code} unless the JVM changed it because
     * the archive could not be written.
     */
    int finish(int code) {
      if (written.isEmpty() || archive.isEmpty()) return code;
      int build = buildExitCode(code);
      try {
        if (code == 0 && Files.isRegularFile(written.get(), LinkOption.NOFOLLOW_LINKS)) {
          Files.move(written.get(), archive.get(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(written.get());
        }
      } catch (IOException | RuntimeException e) {
        try {
          Files.deleteIfExists(written.get());
        } catch (IOException | RuntimeException ignored) {
          // Only room lost; the next rebuild tries again.
        }
      }
      return build;
    }

    /** The exit code the build recorded, when the process's differs only by the archive's failure. */
    private int buildExitCode(int code) {
      Path recorded = exitCodeFile(written.get());
      try {
        if (!Files.isRegularFile(recorded, LinkOption.NOFOLLOW_LINKS)) return code;
        int chosen = Integer.parseInt(Files.readString(recorded).strip());
        // The JVM reports a failed archive as 1, and only then is the file's code the truer one.
        return code == 1 ? chosen : code;
      } catch (IOException | NumberFormatException e) {
        return code;
      } finally {
        try {
          Files.deleteIfExists(recorded);
        } catch (IOException e) {
          // A stray small file in the cache; the next rebuild overwrites or ignores it.
        }
      }
    }
  }

  private static Path exitCodeFile(Path written) {
    return written.resolveSibling(written.getFileName() + ".exit");
  }

  /** In the child: leaves the build's exit code where the launcher looks for it, if it asked. */
  static void recordExitCode(int code) {
    String file = System.getProperty(EXIT_CODE_PROPERTY);
    if (file == null) return;
    try {
      Files.writeString(Path.of(file), Integer.toString(code));
    } catch (IOException | RuntimeException e) {
      // Then the launcher reports the process's own exit code, as it would without this file.
    }
  }

  /**
   * The archive {@code mvn package} makes beside the jar ({@code gen.jsa} for {@code gen.jar}) by
   * building the seed archive once, if it is there and not older than the jar: with it every
   * build starts fast, a first build into an empty folder too, and no rebuild writes one.
   */
  static Optional<Path> besideJar(String jar) {
    try {
      Path j = Path.of(jar);
      String name = j.getFileName().toString();
      if (!name.endsWith(".jar")) return Optional.empty();
      Path archive = j.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
      if (!Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
      // An archive older than the jar was made from another build of it: the JVM would refuse it.
      if (Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(j)) < 0) return Optional.empty();
      return Optional.of(archive);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The child's archive plan, or none when the output folder is not known for sure. */
  static Plan plan(String[] args, String jar) {
    Optional<Path> made = besideJar(jar);
    if (made.isPresent()) {
      List<String> flags = new ArrayList<>();
      flags.add("-XX:SharedArchiveFile=" + made.get());
      flags.addAll(QUIET);
      return new Plan(flags, Optional.empty(), Optional.empty());
    }
    Optional<Path> output = BuildArgs.outputFolder(args);
    if (output.isEmpty()) return Plan.NONE;
    Path state = gen.state.StateFolder.of(output.get());
    // Not through a link, and not on a first build: it would pay for writing the archive.
    if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) return Plan.NONE;
    String name = "jvm-classes-" + identity(jar) + ".jsa";
    Path archive = state.resolve(name);
    List<String> flags = new ArrayList<>();
    if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
      flags.add("-XX:SharedArchiveFile=" + archive);
      flags.addAll(QUIET);
      return new Plan(flags, Optional.empty(), Optional.empty());
    }
    if (Files.exists(archive, LinkOption.NOFOLLOW_LINKS)) return Plan.NONE; // a link or a folder: not ours
    deleteOthers(state, name);
    Path written = state.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
    if (Files.exists(written, LinkOption.NOFOLLOW_LINKS)) return Plan.NONE;
    flags.add("-XX:ArchiveClassesAtExit=" + written);
    flags.addAll(QUIET);
    flags.add("-D" + EXIT_CODE_PROPERTY + "=" + exitCodeFile(written));
    return new Plan(flags, Optional.of(written), Optional.of(archive));
  }

  /** The jar (path, size, time) and the JVM that will map the archive (or run it). */
  static String identity(String jar) {
    try {
      Path p = Path.of(jar);
      String id = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis() + "|"
          + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
      // A Fingerprint, not SHA-256: loading the security providers cost the launcher ~18 ms.
      return new gen.text.Fingerprint().add(id).hex().substring(0, 16);
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Archives made for another gen or another JVM: no longer of use. */
  private static void deleteOthers(Path state, String keep) {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(state, "jvm-classes-*.jsa")) {
      for (Path p : old) {
        if (!p.getFileName().toString().equals(keep) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Left for the next build: it only takes room.
    }
  }
}
