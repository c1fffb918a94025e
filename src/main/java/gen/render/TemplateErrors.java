package gen.render;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import gen.text.EditDistance;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One line for a template error, where the template author has to look: the template the error is
 * in (an imported {@code layout.ftlh}, not the page's template that imported it), its line and
 * column, the expression, and for a missing name the name probably meant:
 * {@code article.ftlh:19:5: 'article.titel' is missing (did you mean 'title'?)}.
 */
final class TemplateErrors {
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");

  private TemplateErrors() {}

  /** A template that did not parse: its own name, line and column, and what the parser says. */
  static String of(ParseException e) {
    return where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()) + reason(e.getEditorMessage());
  }

  /** A template that failed while rendering {@code page}'s template. */
  static String of(TemplateException e, String pageTemplate) {
    // An #import of a template that does not parse fails at the #import: say where the fault is.
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof ParseException p) return of(p);
      if (c instanceof TemplateException inner && inner.getTemplateSourceName() != null) return of(inner, pageTemplate);
    }
    String template = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : pageTemplate;
    String where = where(template, e.getLineNumber() == null ? 0 : e.getLineNumber(),
        e.getColumnNumber() == null ? 0 : e.getColumnNumber());
    String expression = e.getBlamedExpressionString();
    if (e instanceof InvalidReferenceException && expression != null) {
      String hint = meant(expression, e.getEnvironment()).map(m -> " (did you mean '" + m + "'?)").orElse("");
      return where + "'" + expression + "' is missing" + hint;
    }
    return where + (expression != null ? "'" + expression + "': " : "") + reason(e.getMessageWithoutStackTop());
  }

  private static String where(String template, int line, int column) {
    StringBuilder s = new StringBuilder(template == null ? "template" : template);
    if (line > 0) s.append(':').append(line);
    if (line > 0 && column > 0) s.append(':').append(column);
    return s.append(": ").toString();
  }

  /**
   * The name a missing {@code a.b.name} probably meant: the nearest of the names {@code a.b} has,
   * else of the names any view has (a loop variable is gone once the error has left its loop).
   */
  static Optional<String> meant(String expression, Environment env) {
    if (!DOTTED.matcher(expression).matches()) return Optional.empty();
    String[] parts = expression.split("\\.");
    String missing = parts[parts.length - 1];
    Collection<String> names = namesOf(parts, env).orElseGet(ViewObjectWrapper::allViewNames);
    return nearest(missing, names);
  }

  static Optional<String> nearest(String word, Collection<String> names) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      int d = EditDistance.between(word.toLowerCase(java.util.Locale.ROOT), n.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance && !n.equals(word)) {
        best = n;
        bestDistance = d;
      }
    }
    int allowed = word.length() >= 5 ? 2 : 1;
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The names the value before the last part of the expression has, when it can be found. */
  private static Optional<Collection<String>> namesOf(String[] parts, Environment env) {
    if (env == null) return Optional.empty();
    try {
      TemplateModel value;
      if (parts.length == 1) {
        value = env.getDataModel();
      } else {
        value = env.getVariable(parts[0]);
        for (int i = 1; i < parts.length - 1 && value != null; i++) {
          value = value instanceof TemplateHashModel h ? h.get(parts[i]) : null;
        }
      }
      if (value instanceof ViewObjectWrapper.ViewModel view) return Optional.of(view.names());
      if (value instanceof TemplateHashModelEx hash) {
        Set<String> names = new TreeSet<>();
        for (TemplateModelIterator it = hash.keys().iterator(); it.hasNext(); ) names.add(String.valueOf(it.next()));
        return Optional.of(names);
      }
    } catch (TemplateModelException | RuntimeException e) {
      // Not to be found: the names of every view then.
    }
    return Optional.empty();
  }

  /**
   * Freemarker's first line, without the colon that introduces what follows it (a list of the
   * tokens the parser expected, the expression again): one line is all a build's report has room for.
   */
  private static String reason(String message) {
    String r = firstLine(message).replace(", but was expecting one of these patterns:", ", which is not allowed here");
    return r.endsWith(":") ? r.substring(0, r.length() - 1) : r;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
