package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's refusals; serving itself is tested in-process in gen.serve.LivePreviewTest. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void a_port_in_use_is_one_line_and_exit_1() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Run r = Cli.run("serve", "--input", seeds.toString(), "--output", tmp.resolve("site").toString(),
          "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
    }
  }

  @Test
  void a_missing_input_folder_is_exit_1() {
    Cli.Run r = Cli.run("serve", "--input", tmp.resolve("nope").toString(), "--port", "0");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("input folder not found"), r.err());
  }

  @Test
  void an_output_folder_gen_did_not_make_is_refused_before_serving() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: A\n---\n\nBody.\n");
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.docx"), "precious");
    Cli.Run r = Cli.run("serve", "--input", seeds.toString(), "--output", mine.toString(), "--port", "0",
        "--templates", tmp.resolve("none").toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("not made by gen"), r.err());
    assertEquals("precious", Files.readString(mine.resolve("thesis.docx")));
    assertTrue(!Files.exists(tmp.resolve(".gen")), "nothing written beside a refused folder");
  }

  @Test
  void bad_values_are_usage_errors() {
    assertEquals(2, Cli.run("serve", "--port", "70000").exit());
    assertEquals(2, Cli.run("serve", "--port", "eighty").exit());
  }

  @Test
  void the_base_path_defaults_to_the_path_of_the_base_url() {
    assertEquals("/news/", ServeCommand.pathOf("https://me.github.io/news/"));
    assertEquals("/", ServeCommand.pathOf("https://news.example.org"));
  }
}
