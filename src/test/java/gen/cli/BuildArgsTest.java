package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildArgsTest {
  private static boolean asks(String... args) {
    return BuildArgs.asksForHelpOrVersion(args);
  }

  @Test
  void help_and_version_in_any_spelling_are_answered_in_the_launching_jvm() {
    assertTrue(asks("build", "--help"));
    assertTrue(asks("build", "-h"));
    assertTrue(asks("build", "--version"));
    assertTrue(asks("build", "-V"));
    assertTrue(asks("build", "-qh"));
    assertTrue(asks("build", "--input", "in", "-vV"));
  }

  @Test
  void builds_are_not_taken_for_help() {
    assertFalse(asks("build"));
    assertFalse(asks("build", "-q", "--input", "in", "--output", "out"));
    assertFalse(asks("build", "--input=h", "-o", "V"));
    assertFalse(asks("build", "--", "-h"));
    assertFalse(asks("build", "-j2"));
  }

  @Test
  void the_output_folder_is_read_from_the_plain_forms_and_refused_when_in_doubt() {
    assertEquals(Optional.of(Path.of("site")), BuildArgs.outputFolder(new String[] {"build"}));
    assertEquals(Optional.of(Path.of("out")), BuildArgs.outputFolder(new String[] {"build", "-o", "out"}));
    assertEquals(Optional.of(Path.of("out")), BuildArgs.outputFolder(new String[] {"build", "--input", "in", "--output", "out"}));
    assertEquals(Optional.of(Path.of("o u t")), BuildArgs.outputFolder(new String[] {"build", "--output=o u t", "--jobs", "2"}));
    assertEquals(Optional.of(Path.of("site")), BuildArgs.outputFolder(new String[] {"build", "--", "-o"}));
    assertEquals(Optional.empty(), BuildArgs.outputFolder(new String[] {"build", "@args.txt"}));
    assertEquals(Optional.empty(), BuildArgs.outputFolder(new String[] {"build", "-oout"}));
    assertEquals(Optional.empty(), BuildArgs.outputFolder(new String[] {"build", "-o"}));
    assertEquals(Optional.empty(), BuildArgs.outputFolder(new String[] {"build", "-o", "a", "-o", "b"}));
  }

  @Test
  void the_input_folder_is_read_the_same_way() {
    assertEquals(Optional.of(Path.of("seeds")), BuildArgs.inputFolder(new String[] {"build", "-o", "out"}));
    assertEquals(Optional.of(Path.of("in")), BuildArgs.inputFolder(new String[] {"build", "-i", "in"}));
    assertEquals(Optional.of(Path.of("in")), BuildArgs.inputFolder(new String[] {"build", "--output", "x", "--input=in"}));
    assertEquals(Optional.empty(), BuildArgs.inputFolder(new String[] {"build", "-qi", "in"}));
    assertEquals(Optional.empty(), BuildArgs.inputFolder(new String[] {"build", "--input"}));
  }

  @TempDir Path tmp;

  private Optional<Path> outputWith(String settings, String... more) throws Exception {
    Path file = tmp.resolve("gen.yaml");
    Files.writeString(file, settings);
    String[] args = new String[3 + more.length];
    args[0] = "build";
    args[1] = "--config";
    args[2] = file.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return BuildArgs.outputFolder(args);
  }

  @Test
  void a_folder_the_command_line_does_not_name_is_read_from_the_settings_file() throws Exception {
    Path here = tmp.toAbsolutePath();
    assertEquals(Optional.of(here.resolve("public")), outputWith("title: News\noutput: public\n"));
    assertEquals(Optional.of(here.resolve("my site")), outputWith("output: \"my site\"  # quoted\n"));
    assertEquals(Optional.of(here.resolve("pub")), outputWith("\uFEFF# settings\n---\noutput: 'pub'\n"));
    assertEquals(Optional.of(Path.of("site")), outputWith("title: News\n"), "not set: the default");
    assertEquals(Optional.of(Path.of("site")), outputWith("output:\ntitle: x\n"), "set to nothing: the default");
    assertEquals(Optional.of(Path.of("/srv/www")), outputWith("output: /srv/www\n"));
    assertEquals(Optional.of(Path.of("out")), outputWith("output: public\n", "-o", "out"), "the command line wins");
    Files.writeString(tmp.resolve("gen.yaml"), "input: articles\n");
    assertEquals(Optional.of(here.resolve("articles")),
        BuildArgs.inputFolder(new String[] {"build", "--config=" + tmp.resolve("gen.yaml")}));
  }

  @Test
  void a_settings_file_read_with_doubt_gives_no_folder() throws Exception {
    assertEquals(Optional.empty(), outputWith("\"output\": public\n"), "a quoted key");
    assertEquals(Optional.empty(), outputWith("output: public\noutput: site\n"), "set twice: an error for the build to tell");
    assertEquals(Optional.empty(), outputWith("output: &o public\n"), "an anchor");
    assertEquals(Optional.empty(), outputWith("output: \"pu\\tblic\"\n"), "an escape");
    assertEquals(Optional.empty(), outputWith("output:\n  public\n"), "the value on the next line");
    assertEquals(Optional.empty(), outputWith("output: [a]\n"), "not a folder");
    assertEquals(Optional.empty(), BuildArgs.outputFolder(new String[] {"build", "--config", tmp.resolve("none.yaml").toString()}),
        "a named file that is not there: picocli tells");
    assertEquals(Optional.empty(), BuildArgs.outputFolder(new String[] {"build", "--config", "a.yaml", "--config", "b.yaml"}));
  }
}
