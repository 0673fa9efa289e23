import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.util.Map;

/**
 * The broker side of perf/relay.sh, run as a single-file program: {@code declare EXCHANGE QUEUE
 * KEY} (a topic exchange and a quorum queue bound to it), {@code size QUEUE} (the body size of
 * the first message), {@code count QUEUE}, {@code delete QUEUE [EXCHANGE]}.
 */
public final class BenchQueue {

  public static void main(String[] args) throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(System.getenv().getOrDefault("BENCH_RABBITMQ_URL",
        "amqp://guest:guest@127.0.0.1:5672/%2F"));
    try (Connection connection = factory.newConnection("orders-bench");
        Channel channel = connection.createChannel()) {
      switch (args[0]) {
        case "declare" -> {
          channel.exchangeDeclare(args[1], BuiltinExchangeType.TOPIC, true);
          channel.queueDeclare(args[2], true, false, false, Map.of("x-queue-type", "quorum"));
          channel.queueBind(args[2], args[1], args[3]);
        }
        case "size" -> {
          GetResponse first = channel.basicGet(args[1], false);
          System.out.println(first == null ? 0 : first.getBody().length);
        }
        case "count" -> System.out.println(channel.queueDeclarePassive(args[1]).getMessageCount());
        case "delete" -> {
          channel.queueDelete(args[1]);
          if (args.length > 2) {
            channel.exchangeDelete(args[2]);
          }
        }
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      }
    }
  }
}
