package com.caio.engine.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP sockets this process listens on, read from Linux's {@code /proc}: the
 * namespace's listening sockets whose inode is one of this process's file descriptors.
 */
final class ListeningSockets {

	/** A listening socket: local address as /proc writes it (hex), and port. */
	record Socket(String address, int port) implements Comparable<Socket> {

		boolean loopback() {
			// 127.0.0.1, ::1, or 127.0.0.1 mapped into IPv6 (::ffff:127.0.0.1)
			return address.equals("0100007F") || address.equals("00000000000000000000000001000000")
					|| address.equals("0000000000000000FFFF00000100007F");
		}

		@Override
		public int compareTo(Socket other) {
			return Integer.compare(port, other.port);
		}
	}

	private ListeningSockets() {
	}

	static boolean available() {
		return Files.isReadable(Path.of("/proc/self/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
	}

	static Set<Socket> ofThisProcess() {
		Set<String> inodes = socketInodes();
		Set<Socket> sockets = new TreeSet<>();
		for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
			Path path = Path.of(table);
			if (!Files.isReadable(path)) {
				continue;
			}
			for (String line : lines(path).subList(1, lines(path).size())) {
				String[] f = line.trim().split("\\s+");
				// f[1] local address:port, f[3] state (0A = LISTEN), f[9] inode
				if (f[3].equals("0A") && inodes.contains(f[9])) {
					String[] local = f[1].split(":");
					sockets.add(new Socket(local[0], Integer.parseInt(local[1], 16)));
				}
			}
		}
		return sockets;
	}

	private static Set<String> socketInodes() {
		Set<String> inodes = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			for (Path fd : fds.toList()) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// closed while we looked
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inodes;
	}

	private static List<String> lines(Path path) {
		try {
			return Files.readAllLines(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
