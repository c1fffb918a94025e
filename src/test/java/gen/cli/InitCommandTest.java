package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class InitCommandTest {
  @TempDir Path tmp;

  @Test
  void creates_an_archive_that_builds_and_checks_cleanly() throws Exception {
    Path dir = tmp.resolve("news");
    Cli.Run r = Cli.run("init", dir.toString(), "--title", "Harbour news");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(dir.resolve(".gitignore")));
    assertTrue(Files.readString(dir.resolve("README.md")).contains("# Harbour news"));
    assertTrue(Files.isRegularFile(dir.resolve("templates/layout.ftlh")), "the default theme, to customize");
    assertTrue(Files.isRegularFile(dir.resolve("templates/assets/style.css")));
    try (Stream<Path> s = Files.list(dir.resolve("seeds"))) {
      assertEquals(1, s.filter(p -> p.toString().endsWith(".md")).count(), "one example article");
    }

    Cli.Run check = Cli.run("check", "--input", dir.resolve("seeds").toString(), "--templates", dir.resolve("templates").toString());
    assertEquals(0, check.exit(), check.out() + check.err());
    assertFalse(check.out().contains("warning:"), check.out());

    Cli.Run build = Cli.run("build", "--input", dir.resolve("seeds").toString(), "--templates", dir.resolve("templates").toString(),
        "--output", dir.resolve("site").toString());
    assertEquals(0, build.exit(), build.err());
    assertTrue(Files.readString(dir.resolve("site/index.html")).contains("Welcome to your news archive"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void writes_a_github_pages_workflow_with_the_pages_actions() throws Exception {
    Path dir = tmp.resolve("news");
    assertEquals(0, Cli.run("init", dir.toString(), "--title", "It's news").exit());
    String yml = Files.readString(dir.resolve(".github/workflows/pages.yml"));
    Map<String, Object> wf = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yml);
    Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
    List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
    List<String> uses = build.stream().map(s -> String.valueOf(s.get("uses"))).toList();
    assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/checkout@")), uses.toString());
    assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/setup-java@")), uses.toString());
    assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/configure-pages@")), uses.toString());
    assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/upload-pages-artifact@")), uses.toString());
    assertTrue(yml.contains("actions/deploy-pages@"));
    assertTrue(yml.contains("java-version: \"17\""));
    String buildLine = yml.lines().filter(l -> l.contains("gen.jar build")).findFirst().orElseThrow();
    for (String setting : List.of("--title", "--input", "--templates", "--drafts")) {
      assertFalse(buildLine.contains(setting), "gen.yaml holds the settings, not the workflow: " + buildLine);
    }
    Map<String, Object> settings =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(dir.resolve("gen.yaml")));
    assertEquals("It's news", settings.get("title"), "the title is quoted for YAML");
    Map<String, Object> perms = (Map<String, Object>) wf.get("permissions");
    assertEquals("write", perms.get("pages"));
    assertEquals("write", perms.get("id-token"));
  }

  @Test
  void the_title_given_to_init_shows_in_a_local_build_without_options() throws Exception {
    Path dir = tmp.resolve("harbour");
    assertEquals(0, Cli.run("init", dir.toString(), "--title", "Harbour Town news").exit());
    // As "cd harbour && gen build" does: the settings file names the folders, relative to itself.
    Cli.Run build = Cli.run("build", "--config", dir.resolve("gen.yaml").toString());
    assertEquals(0, build.exit(), build.err());
    String index = Files.readString(dir.resolve("site/index.html"));
    assertTrue(index.contains("<title>Latest articles · Harbour Town news</title>"), index);
    assertTrue(index.contains("<a class=\"brand\" href=\"index.html\">Harbour Town news</a>"), index);
  }

  @Test
  void refuses_a_folder_that_is_not_empty() throws Exception {
    Path dir = tmp.resolve("busy");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Cli.Run r = Cli.run("init", dir.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("not empty"), r.err());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "nothing written");
    }
  }

  @Test
  void accepts_an_existing_empty_folder() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    assertEquals(0, Cli.run("init", dir.toString()).exit());
    assertTrue(Files.isDirectory(dir.resolve("seeds")));
  }
}
