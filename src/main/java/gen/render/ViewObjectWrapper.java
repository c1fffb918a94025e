package gen.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Freemarker's default object wrapper (as {@link Configuration} would make it for the same
 * version), except that a view record's components are read straight from its accessors. The
 * default way looks each name up in the class's introspection data, takes a lock on the model and
 * goes through the descriptor's general case on every read: pages read tens of thousands of
 * components each, most of them of the same few records. Templates see exactly what they saw:
 * the same model class ({@link GenericObjectModel}: methods, {@code ?keys}, string value), the same
 * values; anything but a component's value read as a property goes the default way.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
  /**
   * The records templates are given, by class: the others are wrapped as before. Looked for one by
   * one, most common first: a few reference comparisons cost less than a set's hash lookup.
   */
  private static final Class<?>[] VIEWS = {
      ArticleView.class, ArticleView.SourceView.class, ArticleView.QuoteView.class, TermLink.class,
      SiteView.class, SiteView.Section.class, Pagination.class, Pagination.PageLink.class, KindView.class,
      CitationView.class, FeedView.class, FeedView.Entry.class, TimelineViews.YearView.class,
      TimelineViews.MonthLink.class, TimelineViews.MonthGroup.class, TimelineViews.UndatedView.class};

  private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> byName = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method accessor = c.getAccessor();
        // Checked once here rather than on every call: an unchecked Method.invoke walks the stack
        // to find its caller each time (1.5 % of a 10,000-article build's CPU).
        accessor.setAccessible(true);
        byName.put(c.getName(), accessor);
      }
      return Map.copyOf(byName);
    }
  };

  /** Every name any view record answers to: what a mistyped name in a template was probably meant to be. */
  static java.util.Set<String> allViewNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Class<?> view : VIEWS) names.addAll(COMPONENTS.get(view).keySet());
    return names;
  }

  ViewObjectWrapper() {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    // What the default wrapper makes of a string, after asking first whether it is a template
    // model and then a string: most values are strings.
    if (obj instanceof String s) return new SimpleScalar(s);
    if (obj instanceof Record) {
      Class<?> type = obj.getClass();
      for (Class<?> view : VIEWS) {
        if (view == type) return new ViewModel(obj, this, COMPONENTS.get(type));
      }
    }
    return super.wrap(obj);
  }

  /** A view record as the default wrapper models it, its components read without the general lookup. */
  static final class ViewModel extends GenericObjectModel {
    private final Map<String, Method> components;

    ViewModel(Object view, ViewObjectWrapper wrapper, Map<String, Method> components) {
      super(view, wrapper);
      this.components = components;
    }

    /** The names a template may ask this view for. */
    java.util.Set<String> names() {
      return components.keySet();
    }

    @Override
    protected TemplateModel get(String key, boolean beforeMethodCall) throws TemplateModelException,
        ShouldNotBeGetAsMethodException {
      // Before a call ("article.title()") the default way gives the method, not the value.
      Method accessor = beforeMethodCall ? null : components.get(key);
      if (accessor == null) return super.get(key, beforeMethodCall);
      try {
        return wrap(accessor.invoke(object));
      } catch (IllegalAccessException | InvocationTargetException e) {
        return super.get(key, beforeMethodCall);
      }
    }
  }
}
