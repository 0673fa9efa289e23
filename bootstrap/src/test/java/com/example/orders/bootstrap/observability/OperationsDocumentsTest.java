package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dashboards and alert rules promise their readers: every panel says what it shows,
 * every alert links to a runbook section that exists, and every alert's unit tests see it fire
 * and stay quiet.
 */
class OperationsDocumentsTest {

  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final Path RUNBOOK = Path.of("..", "docs", "operations", "runbook.md");
  private static final Pattern ALERT = Pattern.compile("(?m)^\\s*- alert:\\s*(\\S+)\\s*$");
  private static final Pattern RUNBOOK_URL =
      Pattern.compile("(?m)^\\s*runbook_url:\\s*\\S+/docs/operations/runbook\\.md#(\\S+)\\s*$");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{2,4} (.+)$");

  @Test
  void every_panel_and_row_of_every_dashboard_has_a_description() throws IOException {
    List<String> undescribed = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEPLOY.resolve("grafana"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(dashboard.path("description").asString()).as(file + " description")
            .isNotBlank();
        for (JsonNode panel : dashboard.path("panels")) {
          if (panel.path("description").asString("").isBlank()) {
            undescribed.add(file.getFileName() + ": " + panel.path("title").asString());
          }
        }
      }
    }

    assertThat(undescribed).as("panels without a description").isEmpty();
  }

  @Test
  void every_alert_links_to_a_runbook_section_that_exists() throws IOException {
    String rules = Files.readString(DEPLOY.resolve("prometheus").resolve("alerts.yaml"));
    Set<String> sections = new TreeSet<>();
    Matcher heading = HEADING.matcher(Files.readString(RUNBOOK));
    while (heading.find()) {
      sections.add(anchor(heading.group(1)));
    }

    List<String> alerts = all(ALERT, rules);
    List<String> links = all(RUNBOOK_URL, rules);

    assertThat(links).as("one runbook_url per alert").hasSameSizeAs(alerts);
    assertThat(sections).containsAll(links);
  }

  @Test
  void every_alert_is_tested_firing_and_not_firing() throws IOException {
    List<String> alerts = all(ALERT,
        Files.readString(DEPLOY.resolve("prometheus").resolve("alerts.yaml")));
    String tests = Files.readString(DEPLOY.resolve("prometheus").resolve("alerts.test.yaml"));

    for (String alert : alerts) {
      String test = "alertname: " + alert + "\n        exp_alerts:";
      assertThat(tests).as(alert + " firing").contains(test + "\n");
      assertThat(tests).as(alert + " not firing").contains(test + " []");
    }
    assertThat(alerts).hasSizeGreaterThanOrEqualTo(16);
  }

  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
  private static String anchor(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "")
        .replace(' ', '-');
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
