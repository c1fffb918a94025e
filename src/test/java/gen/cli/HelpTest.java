package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"build", "serve", "new", "init", "check", "extract", "generate-completion"})
  void every_command_has_help_with_an_example(String command) {
    Cli.Run r = Cli.run(command, "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Usage: gen " + command), r.out());
    assertTrue(r.out().contains("Example"), r.out());
    assertTrue(r.out().contains("java -jar gen.jar " + command), r.out());
    for (String line : r.out().split("\n")) assertTrue(line.length() <= 80, "fits a terminal: " + line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "serve", "new", "init", "check", "extract", "generate-completion", "help"})
  void a_command_made_alone_answers_as_among_all_the_others(String command) {
    for (String[] args : new String[][] {{command, "--help"}, {command, "--no-such-option"}}) {
      Cli.Run alone = Cli.run(args);
      Cli.Run among = Cli.runWithEveryCommand(args);
      assertEquals(among, alone, String.join(" ", args));
    }
    assertEquals(Cli.runWithEveryCommand("help", command), Cli.run("help", command));
  }

  @Test
  void a_mistyped_command_is_a_usage_error_that_suggests_the_command() {
    Cli.Run r = Cli.run("biuld");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("build"), r.err());
  }

  @Test
  void the_top_level_help_lists_every_command() {
    Cli.Run r = Cli.run("--help");
    assertEquals(0, r.exit());
    for (String c : new String[] {"build", "serve", "new", "init", "check", "extract", "generate-completion"}) {
      assertTrue(r.out().contains("  " + c), c + " in\n" + r.out());
    }
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    Cli.Run r = Cli.run("check", "--no-such-option");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--no-such-option"), r.err());
  }

  @Test
  void generates_a_bash_completion_script() {
    Cli.Run r = Cli.run("generate-completion");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("complete -F"), "a bash completion function");
    assertTrue(r.out().contains("serve"), "knows the subcommands");
    assertTrue(r.out().contains("--base-path"), "knows the options");
  }
}
