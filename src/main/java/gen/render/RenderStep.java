package gen.render;

import java.io.IOException;

/** One kind of page of the site: article pages, the index, term pages, the feed, ... */
interface RenderStep {
  void render(RenderContext ctx, PageSink sink) throws RenderException, IOException;
}
