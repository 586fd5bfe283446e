package vn.chidoan.app.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 client, one keep-alive connection per thread, posting requests built
 * beforehand: all it does per update is write the bytes and read the status and headers. The JDK's
 * {@code HttpClient} cost 0.31 ms of CPU per update in the same JVM as the app it measured (its
 * selector and worker threads, futures, header maps), a tenth of the app's own; this costs a few
 * microseconds. A connection the server closed (Tomcat closes one after 100 requests) is opened
 * again, and a request whose answer never came is sent again on the new one: the webhook answers a
 * replay like the first, as Telegram's own resending relies on.
 */
final class LeanClient implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LeanClient(URI server) {
        this.host = server.getHost();
        this.port = server.getPort();
    }

    /** A pool of {@code clients} threads named {@code name} and a number, one per client connection. */
    static ExecutorService threads(int clients, String name) {
        AtomicInteger named = new AtomicInteger();
        return Executors.newFixedThreadPool(clients, work -> new Thread(work, name + named.incrementAndGet()));
    }

    /** The bytes of {@code POST path} with a JSON body and the webhook's secret header. */
    static byte[] request(URI url, String secret, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: " + secret
                + "\r\nContent-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + content.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(content, 0, request, head.length, content.length);
        return request;
    }

    /** Sends a request built by {@link #request}; returns the answer's status. */
    int post(byte[] request) throws IOException {
        for (int attempt = 0;; attempt++) {
            try {
                connect();
                out.write(request);
                out.flush();
                return answer();
            } catch (IOException e) {
                close();
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 4096);
            out = socket.getOutputStream();
        }
    }

    /** Reads the status line and headers, skips the body; closes the connection if the server said so. */
    private int answer() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                skip(size);
                line();
            }
            line();
        } else {
            skip(length);
        }
        if (closing) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private void skip(long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection the server closed already
            }
            socket = null;
        }
    }
}
