package gen.render;

import java.io.IOException;
import java.util.Map;

/**
 * {@code 404.html} from {@code 404.ftlh}. A server shows it for any missing path, at any depth,
 * so its links cannot be relative: {@code root} is the path of the base URL ({@code /news/}),
 * or {@code /} when no base URL was given.
 */
final class NotFoundPage implements RenderStep {
  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    Map<String, Object> model = ctx.model("404.html");
    model.put("root", ctx.site().basePath());
    ctx.page("404.html", "404.ftlh", model);
  }
}
