package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
