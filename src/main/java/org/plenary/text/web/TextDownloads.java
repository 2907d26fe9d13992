package org.plenary.text.web;

import org.springframework.http.MediaType;

/** The negotiated texts' files, under names people can file. */
public final class TextDownloads {

	private TextDownloads() {
	}

	/**
	 * The bytes as an attachment under a name people can file: {@code filename*} in UTF-8
	 * (RFC 6266, RFC 5987) and a plain ASCII {@code filename} for older clients;
	 * characters a file system refuses, quotes and controls become spaces or are dropped.
	 */
	public static org.springframework.http.ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		var safe = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
		var ascii = java.text.Normalizer.normalize(safe, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^\\x20-\\x7e]", "_");
		var encoded = java.net.URLEncoder.encode(safe, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		return org.springframework.http.ResponseEntity.ok()
			.contentType(type)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"%s\"; filename*=UTF-8''%s".formatted(ascii, encoded))
			.body(body);
	}

}
