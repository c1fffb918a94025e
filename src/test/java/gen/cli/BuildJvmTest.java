package gen.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildJvmTest {
  private static boolean asks(String... args) {
    return BuildJvm.asksForHelpOrVersion(args);
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
}
