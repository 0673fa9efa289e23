package com.example.orders.bootstrap.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metric names that the Grafana dashboards ({@code deploy/grafana/*.json}) and the Prometheus
 * rule files ({@code deploy/prometheus/*.yaml}, not their unit tests) query, each with the files
 * that name it; names the rule files record themselves are left out, they are not the service's.
 */
public final class QueriedMetrics {

  /** Any identifier; the possessive quantifier keeps "rate(" from matching as "rat". */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w$:.])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  /** Label lists of aggregations and vector matching: names of labels, not of metrics. */
  private static final Pattern LABEL_LIST = Pattern.compile(
      "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern LABEL_VALUES =
      Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");
  private static final Set<String> KEYWORDS = Set.of(
      "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left",
      "group_right", "inf", "nan", "Inf", "NaN");
  private static final Pattern RECORD = Pattern.compile("^\\s*-?\\s*record:\\s*(\\S+)\\s*$");
  private static final Pattern EXPR = Pattern.compile("^(\\s*-?\\s*)expr:\\s*(.*)$");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Set<String>> usedIn = new TreeMap<>();
  private final Set<String> recorded = new TreeSet<>();

  private QueriedMetrics() {}

  /** Everything queried under {@code deploy} (the repository's deploy directory). */
  public static QueriedMetrics under(Path deploy) {
    QueriedMetrics metrics = new QueriedMetrics();
    for (Path dashboard : files(deploy.resolve("grafana"), ".json")) {
      metrics.readDashboard(dashboard);
    }
    for (Path rules : files(deploy.resolve("prometheus"), ".yaml")) {
      if (!rules.getFileName().toString().endsWith(".test.yaml")) {
        metrics.readRules(rules);
      }
    }
    return metrics;
  }

  /** Metric name to the files whose queries use it, recording-rule names excluded. */
  public Map<String, Set<String>> names() {
    Map<String, Set<String>> names = new TreeMap<>(usedIn);
    names.keySet().removeAll(recorded);
    return names;
  }

  /** The names a PromQL expression selects series of (functions, keywords, labels left out). */
  static Set<String> metricNames(String expression) {
    String bare = STRING.matcher(expression).replaceAll(" ");
    bare = MATCHERS.matcher(bare).replaceAll(" ");
    bare = RANGE.matcher(bare).replaceAll(" ");
    bare = LABEL_LIST.matcher(bare).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(bare);
    while (identifier.find()) {
      if (!KEYWORDS.contains(identifier.group(1))) {
        names.add(identifier.group(1));
      }
    }
    return names;
  }

  /** The metric of a Grafana {@code label_values(metric, label)} variable query, if any. */
  static Set<String> variableMetric(String query) {
    Matcher metric = LABEL_VALUES.matcher(query);
    return metric.find() ? Set.of(metric.group(1)) : Set.of();
  }

  /** Every {@code expr} of every panel (rows nest theirs) and every query variable. */
  private void readDashboard(Path file) {
    JsonNode dashboard = JSON.readTree(read(file));
    List<JsonNode> exprs = new ArrayList<>(dashboard.findValues("expr"));
    for (JsonNode expr : exprs) {
      use(metricNames(expr.asString()), file);
    }
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if ("query".equals(variable.path("type").asString())) {
        use(variableMetric(variable.path("definition").asString()), file);
        use(variableMetric(variable.path("query").path("query").asString()), file);
      }
    }
  }

  /**
   * The {@code expr} of every rule, in either YAML form the files use: on the line itself, or as
   * a folded block ({@code >-}) on the more indented lines below; and the name of every {@code
   * record}. A line-based reading, not a YAML parser, because the rule files keep to these forms
   * (promtool check rules, run beside this, rejects anything that is not YAML at all).
   */
  private void readRules(Path file) {
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher record = RECORD.matcher(lines.get(i));
      if (record.matches()) {
        recorded.add(record.group(1));
      }
      Matcher expr = EXPR.matcher(lines.get(i));
      if (!expr.matches()) {
        continue;
      }
      String value = expr.group(2).strip();
      if (value.startsWith(">") || value.startsWith("|")) {
        int indent = expr.group(1).length();
        StringBuilder block = new StringBuilder();
        while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
            || indentOf(lines.get(i + 1)) > indent)) {
          block.append(lines.get(++i)).append('\n');
        }
        value = block.toString();
      }
      use(metricNames(value), file);
    }
  }

  private void use(Set<String> names, Path file) {
    for (String name : names) {
      usedIn.computeIfAbsent(name, unused -> new TreeSet<>()).add(file.getFileName().toString());
    }
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }

  private static List<Path> files(Path directory, String suffix) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted()
          .toList();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
