package gen.cli;

import gen.model.Diagnostic;
import gen.model.Diagnostics;
import gen.serve.LivePreview;
import gen.serve.PreviewServer;
import gen.site.BuildOptions;
import gen.site.BuildResult;
import gen.write.OutputRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen serve}: build, serve on loopback, rebuild on change, reload open tabs. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Preview the site on this machine, reloading as you edit.",
      "Build the site, serve it on http://127.0.0.1:8000/, and rebuild and reload open browser tabs whenever an article or template changes.",
      "A build error shows in the terminal and over the page in the browser; the server keeps running. Ctrl-C stops it."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar serve",
      "  java -jar gen.jar serve --port 8080 --drafts",
      "  # preview a GitHub Pages project site, served below /news/:",
      "  java -jar gen.jar serve --base-path /news/"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SiteInputs site;

  @Option(names = {"-p", "--port"}, description = "Port to listen on; 0 picks a free one (default: gen.yaml's port, else 8000).")
  Integer port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 shows the site to your whole network.")
  String bind;

  @Option(names = "--base-path",
      description = "Serve the site below this path, as GitHub Pages serves a project site below /<repo>/ "
          + "(default: the path of --base-url, else /).")
  String basePath;

  @Mixin OutputOptions out;

  static final int DEFAULT_PORT = 8000;

  /** Problem lines already printed in this session (builds run one at a time). */
  private final Set<String> reported = new HashSet<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<BuildOptions> parsed = site.options(err);
    if (parsed.isEmpty()) return 2;
    BuildOptions options = parsed.get();
    int port = this.port != null ? this.port : site.settings().count(gen.config.ConfigKey.PORT).orElse(DEFAULT_PORT);
    if (port < 0 || port > 65535) {
      err.println("gen: --port must be between 0 and 65535, got: " + port);
      return 2;
    }
    if (!Files.isDirectory(options.input())) {
      err.println("gen: " + options.input() + ": input folder not found (use --input, or `gen init` to start an archive)");
      return 1;
    }
    InetSocketAddress address = new InetSocketAddress(bind, port);
    if (address.isUnresolved()) {
      err.println("gen: --bind: unknown address: " + bind);
      return 2;
    }
    String path = PreviewServer.normalizeBasePath(
        basePath != null ? basePath : options.baseUrl().map(ServeCommand::pathOf).orElse("/"));
    PreviewServer server;
    try {
      server = new PreviewServer(options.output(), address, path);
    } catch (BindException e) {
      err.println("gen: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); try --port 0 or another port");
      return 1;
    }
    String url = "http://" + hostForUrl(server.address()) + ":" + server.port() + server.basePath();
    // Without a --base-url the preview gets its own address, as the published site gets the real
    // one: pages served at any depth (404.html) and the feed then work here too.
    if (options.baseUrl().isEmpty()) options = options.withBaseUrl(Optional.of(url));
    BuildOptions started = options;
    AtomicBoolean fatal = new AtomicBoolean();
    AtomicBoolean first = new AtomicBoolean(true);
    AtomicBoolean built = new AtomicBoolean();
    List<Path> watched = new java.util.ArrayList<>(List.of(options.input(), options.templates()));
    site.settings().file().or(() -> Optional.of(Path.of(gen.config.ConfigFile.DEFAULT_NAME))).ifPresent(watched::add);
    LivePreview preview =
        new LivePreview(
            server,
            watched,
            List.of(options.output(), gen.state.StateFolder.of(options.output())),
            () -> {
              boolean isFirst = first.getAndSet(false);
              if (isFirst) return buildOnce(started, true, built, fatal, stdout, err);
              try {
                return buildOnce(reread(started, url, err), false, built, fatal, stdout, err);
              } catch (gen.config.ConfigException e) {
                err.println(e.getMessage());
                err.println("gen: serving the previous build, with the error over it. Save a fix to rebuild.");
                err.flush();
                return Optional.of(e.getMessage());
              }
            });
    preview.start();
    if (fatal.get()) {
      preview.close();
      return 1;
    }
    String settingsFile = site.settings().file().map(f -> ", " + f).orElse("");
    stdout.println("Serving " + options.output() + " at " + url + "  (watching " + options.input()
        + ", " + options.templates() + settingsFile + "; Ctrl-C to stop)");
    stdout.flush();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      try {
        preview.close();
      } catch (IOException e) {
        // Stopping anyway.
      }
      stdout.println("Stopped.");
      stdout.flush();
      stopped.countDown();
    }, "gen-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    return 0;
  }

  /** One build for the preview; prints its outcome, returns the error to show in the browser. */
  private Optional<String> buildOnce(BuildOptions options, boolean first, AtomicBoolean built, AtomicBoolean fatal,
      PrintWriter stdout, PrintWriter err) {
    Diagnostics diagnostics = new Diagnostics();
    StringWriter failure = new StringWriter();
    PrintWriter failureOut = new PrintWriter(failure);
    BuildProgress counter = new BuildProgress(err, BuildProgress.Style.NONE, System::currentTimeMillis);
    BuildCommand.Attempt attempt = BuildCommand.build(options, diagnostics, counter, failureOut, out.verbose);
    Optional<BuildResult> result = attempt.result();
    reportNew(diagnostics, err);
    if (result.isEmpty()) {
      failureOut.flush();
      String message = failure.toString().strip();
      err.println(message);
      // A folder gen must not write into: serving cannot help.
      if (first && attempt.failure().filter(e -> e instanceof OutputRefusedException).isPresent()) {
        fatal.set(true);
      } else {
        // A site to fall back on: one this session built, or one left by an earlier build.
        boolean previous = built.get() || Files.isRegularFile(options.output().resolve("index.html"));
        err.println(!previous
            ? "gen: the build failed; the browser shows the error. Save a fix to rebuild."
            : "gen: the build failed; serving the previous one, with the error over it. Save a fix to rebuild.");
      }
      err.flush();
      return Optional.of(message.replaceFirst("^gen: ", ""));
    }
    built.set(true);
    if (!out.quiet) {
      String line = BuildCommand.summary(
          result.get(), counter.pages(), diagnostics.errorCount(), diagnostics.warningCount());
      stdout.println(first ? line : "Rebuilt: " + line.substring("Built ".length()));
      stdout.flush();
    }
    return Optional.empty();
  }

  /**
   * Prints the problems this build found that no earlier build of this session printed: a
   * warning about one file should not scroll past again at every save of another.
   */
  private void reportNew(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics.all()) {
      if (reported.add(d.line())) err.println(d.line());
    }
    err.flush();
  }

  /**
   * The options for a rebuild, with the settings file read again: a title or a page size edited in
   * gen.yaml shows at the next save. The folders and the port stay those the preview started with
   * (it watches and serves them).
   */
  private BuildOptions reread(BuildOptions started, String url, PrintWriter err) throws gen.config.ConfigException {
    BuildOptions now = site.resolve();
    if (!now.input().equals(started.input()) || !now.output().equals(started.output())
        || !now.templates().equals(started.templates())) {
      err.println("gen: the settings file names other folders; restart serve to use them");
      err.flush();
    }
    return new BuildOptions(started.input(), started.output(), started.templates(),
        now.baseUrl().or(() -> Optional.of(url)), now.title(), now.drafts(), started.force(), now.jobs(), now.presentation());
  }

  /** {@code /news/} of {@code https://me.github.io/news/}; {@code /} when it cannot be read. */
  static String pathOf(String url) {
    try {
      String p = java.net.URI.create(url).getPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  private static String hostForUrl(InetSocketAddress address) {
    String host = address.getHostString();
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) return "127.0.0.1";
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
