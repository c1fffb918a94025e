package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of a built site passes the Nu Html Checker (the W3C validator) with no error. */
class HtmlValidityTest {
  @TempDir Path tmp;

  /** Collects the checker's errors as "file:line: message"; warnings are not failures. */
  private static final class Errors implements ErrorHandler {
    final List<String> messages = new ArrayList<>();
    Path file;

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      messages.add(file.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  private static SimpleDocumentValidator checker(Errors errors) throws Exception {
    SimpleDocumentValidator validator = new SimpleDocumentValidator();
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
    validator.setUpValidatorAndParsers(errors, false, false);
    return validator;
  }

  @Test
  void the_checker_reports_an_invalid_page() throws Exception {
    Path bad = tmp.resolve("bad.html");
    java.nio.file.Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>a<div></p></body></html>");
    Errors errors = new Errors();
    errors.file = bad;
    checker(errors).checkHtmlFile(bad.toFile(), true);
    assertTrue(errors.messages.size() >= 1, errors.messages.toString());
  }

  @Test
  void every_page_is_valid_html5() throws Exception {
    Path site = tmp.resolve("site");
    SampleArchive.build(SampleArchive.write(tmp.resolve("in")), site, Optional.of("https://me.github.io/archive/"));
    SeedSite.buildInto(tmp.resolve("seed"));
    List<Path> pages = new ArrayList<>(SampleArchive.files(site, ".html"));
    pages.addAll(SampleArchive.files(tmp.resolve("seed"), ".html"));
    assertTrue(pages.size() > 50, "pages checked: " + pages.size());

    Errors errors = new Errors();
    SimpleDocumentValidator validator = checker(errors);
    for (Path page : pages) {
      errors.file = page;
      validator.checkHtmlFile(page.toFile(), true);
    }
    assertEquals(List.of(), errors.messages);
  }
}
