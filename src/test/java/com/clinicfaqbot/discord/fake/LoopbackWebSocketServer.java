package com.clinicfaqbot.discord.fake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small WebSocket server (RFC 6455) on 127.0.0.1: the HTTP upgrade, text frames, ping/pong and the close
 * handshake; no extensions, no TLS. Each connection has one reading thread, on which its handler runs; sends
 * are synchronized per connection and may come from any thread.
 */
final class LoopbackWebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackWebSocketServer.class);
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** What a server does with its connections; called on the connection's reading thread. */
    interface Handler {
        void onOpen(Connection connection, String resource);

        void onText(Connection connection, String text);

        /** The connection is gone: {@code byClient} if the client sent the close frame, code 1006 if it was cut. */
        void onClose(Connection connection, int code, String reason, boolean byClient);
    }

    private final Handler handler;
    private final ServerSocket serverSocket;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();

    LoopbackWebSocketServer(Handler handler) {
        this.handler = handler;
        try {
            serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot bind the fake gateway", e);
        }
        daemon("fake-discord-gateway-accept", this::acceptLoop).start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** Closes every connection with 1001 "going away" and stops listening. */
    void stop() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Connection connection : connections) {
            connection.close(1001, "Fake Discord stopped");
            connection.abort();
        }
    }

    private Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                Connection connection = new Connection(socket);
                daemon("fake-discord-gateway-" + threads.incrementAndGet(), connection::run).start();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.warn("Fake gateway accept failed", e);
                }
            }
        }
    }

    /** One client connection. */
    final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private volatile boolean open;
        private boolean closeSent; // guarded by this

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        boolean isOpen() {
            return open;
        }

        /** Sends a text frame; false if the connection is closing or gone. */
        synchronized boolean sendText(String text) {
            if (!open || closeSent) {
                return false;
            }
            try {
                writeFrame(0x1, text.getBytes(StandardCharsets.UTF_8));
                return true;
            } catch (IOException e) {
                LOG.debug("Send failed; the connection is gone", e);
                abort();
                return false;
            }
        }

        /** Starts the close handshake: sends a close frame; the client's answer ends the connection. */
        synchronized void close(int code, String reason) {
            if (!open || closeSent) {
                return;
            }
            closeSent = true;
            try {
                writeFrame(0x8, closePayload(code, reason));
            } catch (IOException e) {
                abort();
            }
        }

        /** Cuts the TCP connection without a close frame, as a network failure would. */
        void abort() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        private void run() {
            int closeCode = 1006;
            String closeReason = "";
            boolean byClient = false;
            try {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                String resource = handshake(in);
                if (resource == null) {
                    socket.close();
                    return;
                }
                open = true;
                connections.add(this);
                handler.onOpen(this, resource);
                ByteArrayOutputStream message = new ByteArrayOutputStream();
                while (true) {
                    int first = readByte(in);
                    int second = readByte(in);
                    boolean fin = (first & 0x80) != 0;
                    int opcode = first & 0x0F;
                    byte[] payload = readPayload(in, second);
                    if (opcode == 0x8) {
                        if (payload.length >= 2) {
                            closeCode = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                            closeReason = new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
                        } else {
                            closeCode = 1005;
                        }
                        synchronized (this) {
                            byClient = !closeSent;
                            if (!closeSent) {
                                closeSent = true;
                                writeFrame(0x8, payload.length >= 2 ? closePayload(closeCode, closeReason) : new byte[0]);
                            }
                        }
                        break;
                    } else if (opcode == 0x9) {
                        synchronized (this) {
                            writeFrame(0xA, payload);
                        }
                    } else if (opcode == 0x1 || opcode == 0x0) {
                        message.write(payload);
                        if (fin) {
                            String text = message.toString(StandardCharsets.UTF_8);
                            message.reset();
                            handler.onText(this, text);
                        }
                    } else if (opcode == 0x2) {
                        LOG.warn("FAKE DISCORD: binary gateway frame ignored; build JDA with Compression.NONE");
                    }
                }
            } catch (IOException e) {
                LOG.debug("Gateway connection ended: {}", e.toString());
            } finally {
                boolean wasOpen = connections.remove(this);
                abort();
                if (wasOpen) {
                    handler.onClose(this, closeCode, closeReason, byClient);
                }
            }
        }

        /** Reads the HTTP upgrade request and answers 101; returns the request target, or null if refused. */
        private String handshake(InputStream in) throws IOException {
            String requestLine = readLine(in);
            String key = null;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
                    key = line.substring(colon + 1).trim();
                }
            }
            String[] parts = requestLine.split(" ");
            if (key == null || parts.length < 2) {
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return null;
            }
            String response = "HTTP/1.1 101 Switching Protocols\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n";
            synchronized (this) {
                out.write(response.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return parts[1];
        }

        private void writeFrame(int opcode, byte[] payload) throws IOException {
            ByteBuffer header = ByteBuffer.allocate(10);
            header.put((byte) (0x80 | opcode));
            if (payload.length < 126) {
                header.put((byte) payload.length);
            } else if (payload.length < 65536) {
                header.put((byte) 126).putShort((short) payload.length);
            } else {
                header.put((byte) 127).putLong(payload.length);
            }
            out.write(header.array(), 0, header.position());
            out.write(payload);
            out.flush();
        }
    }

    private static byte[] readPayload(InputStream in, int second) throws IOException {
        boolean masked = (second & 0x80) != 0;
        long length = second & 0x7F;
        if (length == 126) {
            length = (readByte(in) << 8) | readByte(in);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
        }
        if (length > 16 * 1024 * 1024) {
            throw new IOException("Gateway frame too large: " + length);
        }
        byte[] mask = masked ? in.readNBytes(4) : null;
        byte[] payload = in.readNBytes((int) length);
        if (payload.length != length) {
            throw new EOFException();
        }
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
        }
        return payload;
    }

    private static int readByte(InputStream in) throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new EOFException();
        }
        return value;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = readByte(in); c != '\n'; c = readByte(in)) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array();
    }

    private static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
