package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = GenCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void version_and_help_exit_0() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("gen "), out.toString());
    assertEquals(0, run("build", "--help"));
    assertTrue(out.toString().contains("--base-url"));
  }

  @Test
  void unknown_option_is_a_usage_error() {
    assertEquals(2, run("build", "--no-such-option"));
    assertTrue(err.toString().contains("--no-such-option"));
  }

  @Test
  void missing_input_folder_exits_1_with_one_line() {
    int code = run("build", "--input", tmp.resolve("nope").toString(), "--output", tmp.resolve("site").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("input folder not found"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void an_output_that_is_a_file_is_a_usage_error_with_exit_2() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Headline\nSome text here for the body of it.\n");
    Path file = Files.writeString(tmp.resolve("site"), "not a folder");
    assertEquals(2, run("build", "--input", in.toString(), "--output", file.toString()));
    assertEquals("gen: --output " + file + " is a file, not a folder", err.toString().strip());
    err.getBuffer().setLength(0);
    assertEquals(2, run("build", "--input", in.toString(), "--output", file.resolve("sub").toString()));
    assertEquals("gen: --output " + file.resolve("sub") + ": " + file + " is a file, not a folder", err.toString().strip());
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void a_file_name_cannot_forge_a_line_of_the_builds_messages() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "A headline\nA paragraph of text that is long enough to be an article body.\n");
    Files.writeString(in.resolve("x.txt\ngen: all is well \u001b[2K.md"), "");
    assertEquals(1, run("build", "--input", in.toString(), "--output", tmp.resolve("site").toString()));
    List<String> lines = err.toString().lines().filter(l -> l.contains("all is well")).toList();
    assertEquals(List.of("x.txt\\ngen: all is well \\x1B[2K.md: skipped: empty file"), lines);
  }

  @Test
  void a_bad_file_is_named_and_the_build_goes_on_with_exit_1() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "A headline\nA paragraph of text that is long enough to be an article body.\n");
    Files.write(in.resolve("bad.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(in.resolve("empty.md"), "");
    int code = run("build", "--input", in.toString(), "--output", tmp.resolve("site").toString());
    assertEquals(1, code, err.toString());
    assertTrue(err.toString().contains("bad.txt: skipped: binary content"), err.toString());
    assertTrue(err.toString().contains("empty.md: skipped: empty file"), err.toString());
    assertTrue(out.toString().contains("Built 1 article"), out.toString());
    assertTrue(Files.exists(tmp.resolve("site/articles/a-headline.html")));
  }

  @Test
  void refuses_an_output_folder_gen_did_not_make() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Headline\nSome text here for the body of it.\n");
    Path site = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(site.resolve("thesis.docx"), "precious");
    assertEquals(1, run("build", "--input", in.toString(), "--output", site.toString()));
    assertTrue(err.toString().contains("--force"), err.toString());
    assertEquals(0, run("build", "--input", in.toString(), "--output", site.toString(), "--force"));
    assertEquals("precious", Files.readString(site.resolve("thesis.docx")));
  }

  @Test
  void extract_names_a_named_pipe_instead_of_waiting_on_it() throws Exception {
    Path fifo = tmp.resolve("pipe.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    assertEquals(1, run("extract", fifo.toString()));
    assertEquals(fifo + ": not a regular file", err.toString().strip());
  }

  @Test
  void extract_json_prints_one_object_per_file_with_the_contract_keys() throws Exception {
    Path f = tmp.resolve("a.txt");
    Files.writeString(f, "Headline here\nBy Jane Doe\nText of the article, long enough.\nReference(s):\nexample.com\n");
    assertEquals(0, run("extract", "--json", f.toString()));
    String line = out.toString().strip();
    assertFalse(line.contains("\n"));
    var o = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
    for (String key :
        new String[] {"file", "title", "slug", "date", "date_precision", "authors", "source", "url", "language",
            "dir", "summary", "tags", "entities", "quotes", "word_count", "reading_minutes", "body",
            "body_html", "provenance"}) {
      assertTrue(o.has(key), "missing key " + key);
    }
    assertEquals("Headline here", o.get("title").getAsString());
    assertEquals("Jane Doe", o.getAsJsonArray("authors").get(0).getAsString());
    assertEquals("example.com", o.getAsJsonObject("source").get("domain").getAsString());
    assertEquals("Text of the article, long enough.", o.get("body").getAsString());
    assertTrue(o.get("date").isJsonNull());
  }
}
