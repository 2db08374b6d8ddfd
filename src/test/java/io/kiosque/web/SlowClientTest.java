package io.kiosque.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client that stops sending halfway must not hold a connection for ever. */
@QuarkusTest
@TestProfile(SlowClientTest.ShortIdleTimeout.class)
class SlowClientTest {

    /** Its own profile: so short a timeout would also cut the slow first requests of other tests on a busy machine. */
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.http.idle-timeout", "1S");
        }
    }

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldCloseAConnectionWhoseRequestHeadersNeverEnd() throws IOException {
        assertClosedAfterSending("GET /api/articles HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n");
    }

    @Test
    void shouldCloseAConnectionWhoseRequestBodyNeverEnds() throws IOException {
        assertClosedAfterSending(
                "POST /api/articles/1/comments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 200\r\n\r\n{\"authorName\": \"Lent\", ");
    }

    private void assertClosedAfterSending(String partialRequest) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(partialRequest.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            int read;
            try {
                do {
                    read = in.read(new byte[1024]);
                } while (read > 0);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server still held the half-sent request after 10 s", e);
            } catch (java.net.SocketException reset) {
                read = -1; // a reset is a close too
            }
            assertEquals(-1, read, "the connection is closed");
        }
    }
}
