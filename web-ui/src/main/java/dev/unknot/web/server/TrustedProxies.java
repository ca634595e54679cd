package dev.unknot.web.server;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reverse proxies the administrator declared ({@code UNKNOT_TRUSTED_PROXIES}: addresses or
 * ranges such as {@code 10.0.0.5, 192.168.0.0/16, ::1}), whose {@code X-Forwarded-For},
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} the front door believes. From anyone else
 * they are dropped: believing them would let a client choose its own address for the limits on
 * sign-in attempts.
 */
@Singleton
final class TrustedProxies {

    /** One address or range: the first {@code bits} bits of {@code network}. */
    record Range(byte[] network, int bits) {

        static Range parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] address = literal(parts[0]).getAddress();
            int bits = address.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalStateException("UNKNOT_TRUSTED_PROXIES: '" + text.strip()
                            + "' has a prefix length outside 0 to " + address.length * 8);
                }
            }
            return new Range(address, bits);
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - bits;
            return new BigInteger(1, other).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }

    private final List<Range> ranges;

    TrustedProxies(@Value("${unknot.trusted-proxies:}") String declared) {
        List<Range> parsed = new ArrayList<>();
        for (String entry : declared.split(",")) {
            if (!entry.isBlank()) {
                parsed.add(Range.parse(entry));
            }
        }
        this.ranges = List.copyOf(parsed);
    }

    boolean trusts(InetAddress address) {
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client's address: the connection's own, or, when that is a trusted proxy, the last
     * address in {@code X-Forwarded-For} that is not one (proxies append what they saw).
     */
    String client(InetAddress connection, List<String> forwardedFor) {
        if (!trusts(connection)) {
            return connection.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        });
        String client = connection.getHostAddress();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = address(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get().getHostAddress();
            if (!trusts(hop.get())) {
                break;
            }
        }
        return client;
    }

    /** {@code https} or {@code http} as a trusted proxy says the client connected, else {@code fallback}. */
    String scheme(InetAddress connection, String forwardedProto, String fallback) {
        if (!trusts(connection) || forwardedProto == null) {
            return fallback;
        }
        String[] values = forwardedProto.split(",");
        String last = values[values.length - 1].strip().toLowerCase(Locale.ROOT);
        return last.equals("https") || last.equals("http") ? last : fallback;
    }

    private static Optional<InetAddress> address(String text) {
        // Literal addresses only: a name would be looked up, and a client may send anything.
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!bare.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !(bare.contains(":") && bare.matches("[0-9A-Fa-f:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static InetAddress literal(String text) {
        return address(text.strip())
                .orElseThrow(() -> new IllegalStateException(
                        "UNKNOT_TRUSTED_PROXIES: '" + text.strip() + "' is not an IP address or range"));
    }
}
