package com.example.orders.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.bootstrap.ServiceProcess;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own logback.xml in a process of its own (demo mode, its output piped as in a
 * container): JSON lines by default, the compact text line with {@code LOG_FORMAT=text}, where
 * the demo banner's token stands alone to copy.
 */
class LogFormatProcessTest {

  private static final Pattern TEXT_STARTED =
      Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\S+ orders service started");
  private static final Pattern TEXT_TOKEN = Pattern.compile(
      "^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN  c\\.e\\.o\\.b\\.demo\\.DemoModeAnnouncement \\*\\*\\*"
          + " DEMO MODE \\*\\*\\* bearer tokens .* demoMode=true demoToken=([\\w-]+\\.[\\w-]+\\.[\\w-]+)$");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void piped_output_in_development_is_one_json_object_per_line() throws InterruptedException {
    List<String> lines;
    try (ServiceProcess service = ServiceProcess.start(Map.of("PORT", "0"))) {
      assertThat(service.demoToken()).isNotBlank();
      lines = service.lines();
    }

    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      JsonNode entry = json(line);
      assertThat(entry.isObject()).as(line).isTrue();
      assertThat(entry.path("@timestamp").asString()).as(line).endsWith("Z");
      assertThat(entry.path("level").asString()).as(line).isNotEmpty();
      assertThat(entry.path("logger_name").asString()).as(line).isNotEmpty();
    });
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (RuntimeException notJson) {
      throw new AssertionError("not a JSON line: " + line, notJson);
    }
  }

  @Test
  void log_format_text_writes_compact_lines_with_the_demo_token_on_its_own()
      throws InterruptedException {
    List<String> lines;
    try (ServiceProcess service =
        // the banner follows the start-up line
        ServiceProcess.start(Map.of("PORT", "0", "LOG_FORMAT", "text"), TEXT_TOKEN)) {
      lines = service.lines();
    }

    assertThat(lines).noneMatch(line -> line.startsWith("{"));
    assertThat(lines).anyMatch(line -> TEXT_STARTED.matcher(line).find());
    String banner = lines.stream().filter(line -> TEXT_TOKEN.matcher(line).find()).findFirst()
        .orElseThrow(() -> new AssertionError("no demo token line in:\n" + String.join("\n",
            lines)));
    var token = TEXT_TOKEN.matcher(banner);
    assertThat(token.find()).isTrue();
    // the same token the curl line in the message carries
    assertThat(banner).contains("Bearer " + token.group(1) + "'");
  }
}
