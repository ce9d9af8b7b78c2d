package io.github.peatmoss.github.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;

/**
 * MockWebServers whose accepted sockets send at once ({@code TCP_NODELAY}). With Nagle's algorithm on, a response
 * written in two parts (headers, then body) waits for the client's delayed ACK, about 40 ms on Linux loopback,
 * so every request of a test cost 40 ms of idle time; the bytes on the wire are the same either way. A request
 * with no queued response is answered {@link #UNEXPECTED} at once.
 */
public final class LoopbackServers {
  /**
   * The answer to a request when no response is queued: a 400 at once (not retried), instead of the default
   * wait for a response that never comes, which would hold the client until its read timeout.
   */
  public static final MockResponse UNEXPECTED = new MockResponse.Builder()
      .code(400)
      .setHeader("Content-Type", "application/json; charset=utf-8")
      .body("{\"message\":\"unexpected request: no response was queued for it\"}")
      .build();

  private LoopbackServers() {}

  /** Returns a new, unstarted server whose connections have Nagle's algorithm off. */
  public static MockWebServer noDelay() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayFactory());
    QueueDispatcher queue = new QueueDispatcher();
    queue.setFailFast(UNEXPECTED);
    server.setDispatcher(queue);
    return server;
  }

  private static final class NoDelayFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      ServerSocket socket = new NoDelayServerSocket();
      socket.bind(new InetSocketAddress(port));
      return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      ServerSocket socket = new NoDelayServerSocket();
      socket.bind(new InetSocketAddress(port), backlog);
      return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      ServerSocket socket = new NoDelayServerSocket();
      socket.bind(new InetSocketAddress(address, port), backlog);
      return socket;
    }
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
