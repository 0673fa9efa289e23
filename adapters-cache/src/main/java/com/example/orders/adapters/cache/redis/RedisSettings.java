package com.example.orders.adapters.cache.redis;

import com.example.orders.adapters.cache.OrderKeys;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Redis is and how long to wait for it.
 *
 * @param url {@code redis://[[user]:password@]host[:port][/database]}, {@code rediss://} for TLS
 * @param poolSize the most connections used for reads and writes at once (one more is kept for
 *     the invalidation subscription)
 * @param connectTimeout how long opening a connection may take
 * @param timeout how long one command may take, and how long a read waits for a pooled
 *     connection; past it the read goes to the database instead
 * @param keyPrefix the first part of every key and of the invalidation channel
 */
public record RedisSettings(
    URI url, int poolSize, Duration connectTimeout, Duration timeout, String keyPrefix) {

  public static final int DEFAULT_POOL_SIZE = 16;
  public static final int MAX_POOL_SIZE = 1_000;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(500);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(100);
  public static final Duration MIN_TIMEOUT = Duration.ofMillis(1);
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
  public static final String DEFAULT_KEY_PREFIX = "orders";

  private static final int DEFAULT_PORT = 6379;

  public RedisSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    requireKeyPrefix("keyPrefix", keyPrefix);
    List<String> problems = new ArrayList<>(urlProblems(url));
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      problems.add("the pool size must be from 1 to " + MAX_POOL_SIZE + ", got " + poolSize);
    }
    requireWithin(problems, "the connect timeout", connectTimeout);
    requireWithin(problems, "the timeout", timeout);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** Settings for {@code url} with the default pool, timeouts and key prefix. */
  public static RedisSettings of(String url) {
    return new RedisSettings(parseUrl(url), DEFAULT_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_TIMEOUT, DEFAULT_KEY_PREFIX);
  }

  /**
   * {@code text} as a Redis URL, checked by the rules of the constructor.
   *
   * @param name what to call the value in the message, e.g. {@code REDIS_URL}
   * @throws IllegalArgumentException naming {@code name} and every problem, never the password
   */
  public static URI requireUrl(String name, String text) {
    try {
      return parseUrl(text);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(
          name + " is not a usable Redis URL: " + invalid.getMessage());
    }
  }

  /**
   * {@code prefix}, checked as the first part of key names.
   *
   * @throws IllegalArgumentException naming {@code name} and the rule
   */
  public static String requireKeyPrefix(String name, String prefix) {
    try {
      new OrderKeys(prefix, 1);
      return prefix;
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(name + " must be 1 to 64 letters, digits, '.', '_' or"
          + " '-', starting with a letter or digit, got '" + prefix + "'");
    }
  }

  /**
   * A Redis URL, checked.
   *
   * @throws IllegalArgumentException naming every problem, without the password
   */
  public static URI parseUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException malformed) {
      throw new IllegalArgumentException("not a URL (" + malformed.getReason()
          + "), e.g. redis://127.0.0.1:6379/0 or rediss://:password@redis.example.com:6380/0");
    }
    List<String> problems = urlProblems(uri);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return uri;
  }

  public String host() {
    return url.getHost();
  }

  public int port() {
    return url.getPort() < 0 ? DEFAULT_PORT : url.getPort();
  }

  /** The database index, {@code 0} unless the URL's path names another. */
  public int database() {
    String path = url.getPath() == null ? "" : url.getPath();
    return path.isEmpty() || path.equals("/") ? 0 : Integer.parseInt(path.substring(1));
  }

  public boolean tls() {
    return url.getScheme().equalsIgnoreCase("rediss");
  }

  /** The ACL user; empty for the default user. */
  public Optional<String> user() {
    return userInfo(0).filter(user -> !user.isEmpty());
  }

  /** The password; empty when Redis asks for none. */
  public Optional<String> password() {
    return userInfo(1).filter(password -> !password.isEmpty());
  }

  /** The URL with its password masked, safe to log. */
  public String maskedUrl() {
    if (url.getRawUserInfo() == null) {
      return url.toString();
    }
    String user = user().orElse("");
    return url.getScheme() + "://" + user + ":****@" + url.getRawAuthority()
        .substring(url.getRawAuthority().lastIndexOf('@') + 1)
        + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  @Override
  public String toString() {
    return "RedisSettings[url=" + maskedUrl() + ", poolSize=" + poolSize + ", connectTimeout="
        + connectTimeout + ", timeout=" + timeout + ", keyPrefix=" + keyPrefix + "]";
  }

  private Optional<String> userInfo(int part) {
    String raw = url.getRawUserInfo();
    if (raw == null) {
      return Optional.empty();
    }
    int colon = raw.indexOf(':');
    String value = colon < 0
        ? (part == 0 ? "" : raw)
        : (part == 0 ? raw.substring(0, colon) : raw.substring(colon + 1));
    return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
  }

  private static List<String> urlProblems(URI uri) {
    List<String> problems = new ArrayList<>();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      problems.add("the URL scheme must be redis or rediss (TLS), got '"
          + (scheme.isEmpty() ? "(none)" : scheme) + "'");
    }
    if (uri.getHost() == null) {
      problems.add("the URL names no host, e.g. redis://127.0.0.1:6379/0");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (!path.isEmpty() && !path.equals("/") && !path.matches("/\\d{1,5}")) {
      problems.add("the URL path must be a database index such as /0, got '" + path + "'");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      problems.add("the URL takes no query or fragment");
    }
    return problems;
  }

  private static void requireWithin(List<String> problems, String name, Duration value) {
    if (value.compareTo(MIN_TIMEOUT) < 0 || value.compareTo(MAX_TIMEOUT) > 0) {
      problems.add(name + " must be from 1ms to 30s, got " + value);
    }
  }
}
