package gen.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = GenCommand.class.getPackage().getImplementationVersion();
    return new String[] {"gen " + (v == null ? "dev" : v), "Java " + Runtime.version()};
  }
}
