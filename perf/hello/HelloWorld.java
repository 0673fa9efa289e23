import io.javalin.Javalin;

/**
 * The yardstick of the GET-by-id benchmark: bare Javalin 7 on virtual threads answering a
 * constant string, nothing else. Not part of the service; perf/get-by-id.sh runs it from source
 * with the service jar on the class path: java -cp orders-service.jar HelloWorld.java PORT
 */
public final class HelloWorld {

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.concurrency.useVirtualThreads = true;
      config.routes.get("/hello", ctx -> ctx.result("Hello, World!"));
      config.routes.get("/health/ready", ctx -> ctx.result("UP"));
    }).start("127.0.0.1", port);
  }
}
