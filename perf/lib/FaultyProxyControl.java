import com.example.orders.testsupport.FaultyProxy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The test suite's FaultyProxy for shell scripts: {@code java -cp test-support/target/classes
 * perf/lib/FaultyProxyControl.java HOST PORT} prints the proxy's port, then obeys one command per
 * line on standard input ({@code cut}, {@code restore}, {@code delay MILLIS}), answering each with
 * {@code ok}, until end of input.
 */
public final class FaultyProxyControl {

  public static void main(String[] args) throws Exception {
    try (FaultyProxy proxy = FaultyProxy.to(args[0], Integer.parseInt(args[1]));
        BufferedReader commands = new BufferedReader(
            new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      System.out.println(proxy.port());
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        String[] command = line.strip().split(" +");
        switch (command[0]) {
          case "cut" -> proxy.cut();
          case "restore" -> proxy.restore();
          case "delay" -> proxy.delay(Duration.ofMillis(Long.parseLong(command[1])));
          default -> throw new IllegalArgumentException("unknown command: " + line);
        }
        System.out.println("ok");
      }
    }
  }
}
