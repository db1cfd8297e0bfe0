package io.cxpulse.jobs.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The {@code host:port} addresses of {@code bootstrap.servers}, and which of them refuse a TCP connection. */
final class BrokerAddresses {
    private BrokerAddresses() {}

    static List<String> parse(String bootstrapServers) {
        List<String> addresses = new ArrayList<>();
        for (String address : bootstrapServers.split(",")) {
            if (!address.isBlank()) {
                addresses.add(address.trim());
            }
        }
        return addresses;
    }

    /** Each address no TCP connection opens to within {@code timeout}, with the reason. */
    static List<String> unreachable(List<String> addresses, Duration timeout) {
        List<String> unreachable = new ArrayList<>();
        for (String address : addresses) {
            String reason = connect(address, timeout);
            if (reason != null) {
                unreachable.add(address + " (" + reason + ")");
            }
        }
        return unreachable;
    }

    /** Why no connection opens to {@code host:port}, or {@code null} when one does. */
    private static String connect(String address, Duration timeout) {
        int colon = address.lastIndexOf(':');
        if (colon < 1) {
            return "not host:port";
        }
        String host = address.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "not host:port";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return null;
        } catch (UnknownHostException e) {
            return "unknown host";
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
