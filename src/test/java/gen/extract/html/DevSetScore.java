package gen.extract.html;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eval set's metrics, computed the way its scorer does: title exact match (NFKC, quotes and
 * spaces unified), date right to the day (in the truth's offset when both carry one), author set
 * F1, body bag-of-token F1 (word runs, Han and kana one token per character).
 */
final class DevSetScore {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CJK = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f]");

  private final List<Double> title = new ArrayList<>();
  private final List<Double> date = new ArrayList<>();
  private final List<Double> authors = new ArrayList<>();
  private final List<Double> body = new ArrayList<>();

  void title(String truth, String predicted) {
    if (truth != null) title.add(normTitle(truth).equals(normTitle(predicted)) ? 1.0 : 0.0);
  }

  void date(String truth, String predicted) {
    if (truth != null) date.add(predicted != null && sameDay(truth, predicted) ? 1.0 : 0.0);
  }

  void authors(List<String> truth, List<String> predicted) {
    if (truth == null) return;
    Set<String> t = normNames(truth);
    Set<String> p = normNames(predicted);
    if (t.isEmpty() && p.isEmpty()) {
      authors.add(1.0);
      return;
    }
    Set<String> both = new HashSet<>(t);
    both.retainAll(p);
    authors.add(both.isEmpty() ? 0.0 : 2.0 * both.size() / (t.size() + p.size()));
  }

  void body(String truth, String predicted) {
    if (truth == null) return;
    Map<String, Integer> t = bag(truth);
    Map<String, Integer> p = bag(predicted);
    int tp = 0;
    for (var e : p.entrySet()) tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    int pn = p.values().stream().mapToInt(Integer::intValue).sum();
    int tn = t.values().stream().mapToInt(Integer::intValue).sum();
    if (pn == tp && tn == tp) {
      body.add(1.0);
      return;
    }
    double precision = pn == 0 ? 0 : (double) tp / pn;
    double recall = tn == 0 ? 0 : (double) tp / tn;
    body.add(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
  }

  double titleExact() {
    return mean(title);
  }

  double dateAccuracy() {
    return mean(date);
  }

  double authorsF1() {
    return mean(authors);
  }

  double bodyF1() {
    return mean(body);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "title_exact=%.3f date_acc=%.3f authors_f1=%.3f body_f1=%.3f (n=%d/%d/%d/%d)",
        titleExact(), dateAccuracy(), authorsF1(), bodyF1(), title.size(), date.size(), authors.size(), body.size());
  }

  private static double mean(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static String normTitle(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]", "\"")
        .replaceAll("[\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u0060\u00b4]", "'");
    return t.replaceAll("[\u200b\u00ad\ufeff]", "").replaceAll("\\s+", " ").strip();
  }

  private static Set<String> normNames(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      String t = Normalizer.normalize(n, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      String tok = m.group();
      if (CJK.matcher(tok).find()) {
        for (String part : tok.split("(?<=[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f])|(?=[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f])")) {
          if (!part.isEmpty()) out.merge(part.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      } else {
        out.merge(tok.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    return out;
  }

  private static boolean sameDay(String truth, String predicted) {
    OffsetDateTime t = offset(truth);
    OffsetDateTime p = offset(predicted);
    if (t != null && p != null) return p.atZoneSameInstant(t.getOffset()).toLocalDate().equals(t.toLocalDate());
    LocalDate td = localDay(truth);
    LocalDate pd = localDay(predicted);
    return td != null && td.equals(pd);
  }

  private static OffsetDateTime offset(String s) {
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate localDay(String s) {
    OffsetDateTime o = offset(s);
    if (o != null) return o.toLocalDate();
    try {
      return LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
