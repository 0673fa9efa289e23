package com.example.orders.adapters.http.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The proxies (load balancers, ingress controllers) whose {@code X-Forwarded-For} the service
 * believes, as address ranges ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one address). With
 * none, the socket's peer is the client, whatever the headers say: a client can write any {@code
 * X-Forwarded-For} it likes, so only a hop we trust may tell us who is behind it.
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final List<Range> ranges;
  private final List<String> written;

  private TrustedProxies(List<Range> ranges, List<String> written) {
    this.ranges = List.copyOf(ranges);
    this.written = List.copyOf(written);
  }

  /** No proxy is trusted: the socket's peer is the client. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.of(), List.of());
  }

  /**
   * @param ranges addresses or CIDR ranges, IPv4 or IPv6
   * @throws IllegalArgumentException naming the first that is not one
   */
  public static TrustedProxies of(List<String> ranges) {
    List<Range> parsed = new ArrayList<>();
    for (String range : ranges) {
      parsed.add(Range.parse(range.strip()));
    }
    return new TrustedProxies(parsed, ranges.stream().map(String::strip).toList());
  }

  /** The ranges as configured, for printing the configuration back. */
  public List<String> ranges() {
    return written;
  }

  /**
   * Who the client is: the socket's peer unless that is a trusted proxy; then, walking {@code
   * X-Forwarded-For} from the nearest hop back, the first address no trusted proxy owns. An entry
   * that is not an address ends the walk at the hop that wrote it.
   *
   * @param peer the socket's remote address
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
   */
  public String client(String peer, Enumeration<String> forwardedFor) {
    if (ranges.isEmpty() || !isTrusted(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    while (forwardedFor != null && forwardedFor.hasMoreElements()) {
      for (String hop : forwardedFor.nextElement().split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = peer;
    for (int at = hops.size() - 1; at >= 0 && isTrusted(client); at--) {
      if (address(hops.get(at)) == null) {
        break;
      }
      client = hops.get(at);
    }
    return client;
  }

  private boolean isTrusted(String text) {
    InetAddress address = address(text);
    return address != null && ranges.stream().anyMatch(range -> range.contains(address));
  }

  /** {@code text} as an IP address literal; null when it is none (never a DNS look-up). */
  private static InetAddress address(String text) {
    String literal = text.startsWith("[") && text.endsWith("]")
        ? text.substring(1, text.length() - 1)
        : text;
    boolean v4 = IPV4.matcher(literal).matches();
    if (v4 && Stream.of(literal.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)
        || !v4 && !literal.contains(":")) {
      // anything else would be taken for a host name and looked up
      return null;
    }
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException | SecurityException notAnAddress) {
      return null;
    }
  }

  /** Equal when configured with the same ranges, in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TrustedProxies proxies && proxies.written.equals(written);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }

  @Override
  public String toString() {
    return "TrustedProxies" + written;
  }

  /** The addresses whose first {@code prefixBits} bits are those of {@code network}. */
  private static final class Range {

    private final byte[] network;
    private final int prefixBits;

    private Range(byte[] network, int prefixBits) {
      this.network = network;
      this.prefixBits = prefixBits;
    }

    static Range parse(String text) {
      int slash = text.indexOf('/');
      InetAddress address = address(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException("not an IP address or CIDR range: '" + text + "'");
      }
      int bits = address.getAddress().length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException(
              "the prefix of '" + text + "' must be 0 to " + bits);
        }
      }
      return new Range(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] other = address.getAddress();
      if (other.length != network.length) {
        return false;
      }
      int whole = prefixBits / 8;
      for (int i = 0; i < whole; i++) {
        if (other[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixBits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (other[whole] & mask) == (network[whole] & mask);
    }
  }
}
