package gen.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a launcher and a build server say to each other over their loopback connection
 * ({@link BuildServer}). The launcher sends one {@link Request}; the server answers with one
 * {@link #ACCEPTED} or {@link #REFUSED} byte, then, if accepted, frames of the build's standard
 * output and error as they are written, and a last frame with the exit code.
 */
final class ServerWire {
  /** The server runs the build: frames follow. */
  static final int ACCEPTED = 'A';
  /** Not this server's to run (another gen, another folder): the launcher starts a new one. */
  static final int REFUSED = 'R';
  static final int OUT = 1;
  static final int ERR = 2;
  static final int EXIT = 3;
  /** A token, a key, a folder or an argument longer than this is not one a launcher sends. */
  private static final int MAX_STRING = 1 << 20;
  private static final int MAX_ITEMS = 10_000;

  private ServerWire() {}

  /**
   * One {@code gen build}: the secret that shows the launcher may use this server, the identity of
   * the JVM it wants ({@link BuildServer#key}), and how the launcher was started: its arguments,
   * environment, whether it has a console, and the charset of its standard output.
   */
  record Request(String token, String key, List<String> args, Map<String, String> env, boolean console,
      String charset) {
    void write(DataOutputStream out) throws IOException {
      out.writeUTF(token);
      out.writeUTF(key);
      writeStrings(out, args);
      out.writeInt(env.size());
      for (Map.Entry<String, String> e : env.entrySet()) {
        writeString(out, e.getKey());
        writeString(out, e.getValue());
      }
      out.writeBoolean(console);
      out.writeUTF(charset);
      out.flush();
    }

    /** The same request with this token. */
    Request withToken(String t) {
      return new Request(t, key, args, env, console, charset);
    }

    /** The rest of a request whose token was read (and found right) first. */
    static Request readAfterToken(String token, DataInputStream in) throws IOException {
      String key = in.readUTF();
      List<String> args = readStrings(in);
      int n = count(in);
      Map<String, String> env = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) env.put(readString(in), readString(in));
      boolean console = in.readBoolean();
      String charset = in.readUTF();
      return new Request(token, key, args, env, console, charset);
    }
  }

  /** The launcher's side of a frame: what kind of frame, and its bytes. */
  record Frame(int kind, byte[] bytes, int exitCode) {
    static Frame read(DataInputStream in) throws IOException {
      int kind = in.read();
      if (kind < 0) throw new EOFException("build server closed the connection");
      if (kind == EXIT) return new Frame(EXIT, new byte[0], in.readInt());
      if (kind != OUT && kind != ERR) throw new IOException("build server sent frame " + kind);
      int length = in.readInt();
      if (length < 0 || length > MAX_STRING) throw new IOException("build server sent a frame of " + length + " bytes");
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return new Frame(kind, bytes, 0);
    }
  }

  /** The server's side: writes frames, one at a time, from any thread of the build. */
  static final class FrameWriter {
    private final DataOutputStream out;

    FrameWriter(OutputStream out) {
      this.out = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 13));
    }

    synchronized void answer(int acceptedOrRefused) throws IOException {
      out.write(acceptedOrRefused);
      out.flush();
    }

    synchronized void bytes(int kind, byte[] b, int offset, int length) throws IOException {
      out.write(kind);
      out.writeInt(length);
      out.write(b, offset, length);
      out.flush();
    }

    synchronized void exit(int code) throws IOException {
      out.write(EXIT);
      out.writeInt(code);
      out.flush();
    }

    /** A stream whose every write is sent as a frame of this kind. */
    OutputStream stream(int kind) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
          if (length > 0) bytes(kind, b, offset, length);
        }
      };
    }
  }

  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) writeString(out, s);
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> strings = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) strings.add(readString(in));
    return strings;
  }

  /** Strings as UTF-8 with an int length: {@code writeUTF} stops at 64 KB, an environment may not. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) throw new IOException("a string of " + length + " bytes");
    byte[] b = new byte[length];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ITEMS) throw new IOException("a list of " + n + " items");
    return n;
  }
}
