package gen.state;

import java.nio.file.Path;

/**
 * What gen keeps between builds of an output folder, and where: never in the output folder, which
 * holds the site and nothing else (it is what gets published), but in {@code .gen/} beside it, in
 * a folder of its own per output folder, {@code .gen/<name>-<8 hex digits of its absolute path>/},
 * as Hugo keeps {@code resources/} and Jekyll {@code .jekyll-cache/} beside the site. Beside the
 * output folder rather than beside the input, so that the swap's renames and the state stay on one
 * file system, and two output folders never share state. In it:
 *
 * <ul>
 *   <li>{@value #MANIFEST}: the files gen wrote into the output folder, each with a hash: which
 *       files are gen's to replace or delete (the rest of the folder is never touched);
 *   <li>{@code articles-NN.bin}: the extraction cache; {@code pages}, {@code page-inputs}: what
 *       each page was made from; {@code search}: the search index's state; {@code media}: the
 *       copy each picture got (see {@code gen.site.BuildState});
 *   <li>{@value #LOCK}: held by the build of this output folder that is running, from before it
 *       reads any state to after it saved its own, so that builds of one folder run one after the
 *       other whatever JVM runs them;
 *   <li>{@code build-server}: the port, secret token, key and process of the folder's build
 *       server (owner-only), and {@code jvm-classes-<id>.jsa}: a class-data archive for rebuilds.
 * </ul>
 *
 * Deleting the folder costs one slower build and changes no site. A build that finds no state but
 * an output folder that looks as gen made it (its {@code index.html}, {@code .nojekyll} and
 * {@code search/manifest.js}) builds into it as with {@code --force}.
 */
public final class StateFolder {
  /** The folder beside the output folder that holds the state of every output folder in it. */
  public static final String PARENT = ".gen";
  public static final String MANIFEST = "manifest";
  public static final String LOCK = "lock";

  private StateFolder() {}

  /** The state folder of an output folder; it need not exist. */
  public static Path of(Path output) {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    String name = out.getFileName() == null ? "root" : out.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.length() > 40) name = name.substring(0, 40);
    String hash = new gen.text.Fingerprint().add(out.toString()).hex().substring(0, 8);
    return (parent == null ? out : parent).resolve(PARENT).resolve(name + "-" + hash);
  }
}
