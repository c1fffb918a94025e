package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapHintTest {
  @Test
  void the_initial_heap_is_1_5_gb_or_half_the_maximum_the_machine_allows() {
    long gb = 1L << 30;
    assertEquals(List.of("-Xms1536m"), HeapHint.flags(6 * gb));
    assertEquals(List.of("-Xms512m"), HeapHint.flags(gb), "a small machine");
    assertEquals(List.of(), HeapHint.flags(100L << 20), "a tiny one: the default");
    assertEquals(List.of(), HeapHint.flags(Long.MAX_VALUE), "no limit known");
  }
}
