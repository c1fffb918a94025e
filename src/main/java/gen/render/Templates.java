package gen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one Freemarker {@link Configuration} of a build: HTML auto-escaping for {@code .ftlh},
 * XML for {@code .ftlx}, errors raised rather than printed into pages, no locale or time zone taken
 * from the machine. Thread-safe once built.
 */
public final class Templates {
  private final Configuration cfg;

  public Templates(Theme theme) {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    theme.userDir().ifPresent(dir -> {
      try {
        loaders.add(new FileTemplateLoader(dir.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    loaders.add(new ClassTemplateLoader(Templates.class, Theme.EMBEDDED_ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setObjectWrapper(new ViewObjectWrapper());
    // One Configuration per build: templates do not change while it runs, so a page need not ask
    // the file system or the class path whether they did (every 5 s by default, three times a page).
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    // Templates may not create Java objects: a theme is content, not code.
    cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
  }

  /** Renders a template with the given data model. */
  public String render(String templateName, Map<String, Object> model) throws RenderException {
    Template t;
    try {
      t = cfg.getTemplate(templateName);
    } catch (ParseException e) {
      throw new RenderException(TemplateErrors.of(e), e);
    } catch (IOException e) {
      throw new RenderException(templateName + ": cannot load template (" + firstLine(e.getMessage()) + ")", e);
    }
    // Taken out while in use: a failed render drops it, a nested one gets its own.
    StringBuilder buffer = buffers.get();
    buffers.remove();
    buffer.setLength(0);
    PageWriter out = new PageWriter(buffer);
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      throw new RenderException(TemplateErrors.of(e, templateName), e);
    } catch (IOException e) {
      throw new RenderException(templateName + ": " + firstLine(e.getMessage()), e);
    }
    String page = buffer.toString();
    // Kept for this thread's next page, unless an unusually large page made it big.
    if (buffer.capacity() <= MAX_KEPT_BUFFER) buffers.set(buffer);
    return page;
  }

  /** A render thread's page buffer: pages are built in one, not in a buffer grown from 16 chars each time. */
  private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(32 * 1024));

  private static final int MAX_KEPT_BUFFER = 1 << 20;

  /**
   * A {@link Writer} over a StringBuilder. {@link java.io.StringWriter} writes into a StringBuffer,
   * which takes a lock on each of the thousands of small writes a page is made of.
   */
  private static final class PageWriter extends Writer {
    final StringBuilder text;

    PageWriter(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void write(String str) {
      text.append(str);
    }

    /**
     * Escaped values come here, whole when they need no escaping (most do not): appended as a
     * string then, copied at once, not through {@link CharSequence#charAt} one character at a time
     * as a range of a string is.
     */
    @Override
    public void write(String str, int off, int len) {
      if (off == 0 && len == str.length()) {
        text.append(str);
      } else {
        text.append(str, off, off + len);
      }
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public Writer append(CharSequence csq) {
      text.append(csq);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  public boolean exists(String templateName) {
    try {
      return cfg.getTemplateLoader().findTemplateSource(templateName) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
