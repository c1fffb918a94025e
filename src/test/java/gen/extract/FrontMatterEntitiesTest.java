package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gen.model.Entities;
import gen.read.FrontMatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterEntitiesTest {
  private static final Entities FOUND = new Entities(
      List.of("Trump", "Mr Trump's", "Donald Trump", "Ana Diaz"), List.of("THE", "Harbour Board"), List.of("Jordan", "U.S."));

  private static FrontMatter fm(String yaml) throws Exception {
    return FrontMatter.split("---\n" + yaml + "\n---\nBody.\n").frontMatter();
  }

  @Test
  void front_matter_without_name_keys_leaves_the_names_found() throws Exception {
    assertSame(FOUND, FrontMatterEntities.apply(FOUND, fm("title: x")));
    assertSame(FOUND, FrontMatterEntities.apply(FOUND, FrontMatter.NONE));
  }

  @Test
  void names_are_added_first_and_taken_away_however_the_text_writes_them() throws Exception {
    Entities e = FrontMatterEntities.apply(FOUND, fm("""
        people: [Jordan Peele, ana diaz]
        not_people: [Trump]
        not_organizations: THE
        places: [Amman]
        not_places: [Jordan, US]"""));
    assertEquals(List.of("Jordan Peele", "ana diaz", "Donald Trump"), e.people(), "Trump, Mr Trump's gone; Ana Diaz once");
    assertEquals(List.of("Harbour Board"), e.organizations());
    assertEquals(List.of("Amman"), e.places());
  }

  @Test
  void a_name_both_added_and_taken_away_is_taken_away() throws Exception {
    Entities e = FrontMatterEntities.apply(FOUND, fm("organizations: [Harbour Board, Port Trust]\nnot_organizations: [Port Trust]"));
    assertEquals(List.of("Harbour Board", "THE"), e.organizations());
  }

  @Test
  void an_extracted_article_carries_the_corrections_and_says_so() {
    gen.model.Article a = TextFixtures.extract("""
        ---
        people: [Ana Diaz]
        not_places: [Harbourtown]
        ---
        Council approves the harbour plan

        Officials in Harbourtown said on Monday that the plan was approved.
        """);
    assertEquals("Ana Diaz", a.meta().entities().people().get(0));
    assertEquals(false, a.meta().entities().places().contains("Harbourtown"));
    assertEquals("text+front-matter", a.meta().provenance().get("entities"));
  }
}
