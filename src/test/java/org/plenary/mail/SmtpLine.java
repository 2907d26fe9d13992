package org.plenary.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The line between Plenary and its mail server, which a test takes away and mends: a TCP
 * relay on its own port. Refusing, it accepts no new connection; cut, it also closes
 * every open one; mended, it listens on the same port again.
 */
class SmtpLine implements AutoCloseable {

	private final int target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private final int port;

	SmtpLine(int target) throws IOException {
		this.target = target;
		this.server = listen(0);
		this.port = this.server.getLocalPort();
	}

	int port() {
		return this.port;
	}

	/**
	 * The server goes away for new connections; one already open finishes its work (no
	 * message is cut between the server accepting it and the client hearing so, the one
	 * moment SMTP cannot tell whether a message arrived).
	 */
	void refuse() throws IOException {
		this.server.close();
	}

	void cut() throws IOException {
		this.server.close();
		for (var socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	void mend() throws IOException {
		this.server = listen(this.port);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private ServerSocket listen(int port) throws IOException {
		var socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress("127.0.0.1", port));
		var accepting = new Thread(() -> {
			while (!socket.isClosed()) {
				try {
					var client = socket.accept();
					var upstream = new Socket("127.0.0.1", this.target);
					this.sockets.add(client);
					this.sockets.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		accepting.setDaemon(true);
		accepting.start();
		return socket;
	}

	private static void pump(Socket from, Socket to) {
		var thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// the line was cut
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ex) {
					// closed already
				}
			}
		});
		thread.setDaemon(true);
		thread.start();
	}

}
