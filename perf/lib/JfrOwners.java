import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Whose code a JFR recording's CPU samples were in: each {@code jdk.ExecutionSample} counts for
 * the library of its innermost frame outside the JDK (a sample wholly in the JDK counts as
 * {@code jdk}), so that a library's own cost is told apart from the calls it makes. Prints the
 * shares, largest first. Usage: {@code java perf/lib/JfrOwners.java RECORDING.jfr [ROWS]}.
 */
public final class JfrOwners {

  public static void main(String[] args) throws Exception {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Map<String, Integer> samples = new HashMap<>();
    int total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      total++;
      samples.merge(owner(event), 1, Integer::sum);
    }
    System.out.printf("%d execution samples%n", total);
    int all = total;
    samples.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(entry -> System.out.printf("%5.1f%% %s%n", 100.0 * entry.getValue() / all,
            entry.getKey()));
  }

  /** The package prefix of the innermost frame outside the JDK: three names, five for ours. */
  private static String owner(RecordedEvent sample) {
    for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
          || type.startsWith("kotlin.")) {
        continue;
      }
      String[] names = type.split("\\.");
      int depth = type.startsWith("com.example.") ? 5 : 3;
      return String.join(".", Arrays.copyOf(names, Math.min(depth, names.length - 1)));
    }
    return "jdk";
  }
}
