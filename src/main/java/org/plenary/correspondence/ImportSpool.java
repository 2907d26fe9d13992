package org.plenary.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files wait here, on the disk of the instance that received them, until they
 * are read; then they are deleted (the text read from them stays in the database). A file
 * whose instance stopped before reading it is reported as lost, to be uploaded again.
 */
@Component
class ImportSpool {

	private final Path directory;

	ImportSpool(@Value("${plenary.imports.spool:./data/imports}") Path directory) {
		this.directory = directory;
	}

	void put(UUID file, byte[] content) {
		try {
			Files.createDirectories(this.directory);
			Files.write(this.directory.resolve(file.toString()), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the uploaded file " + file, ex);
		}
	}

	Optional<byte[]> take(UUID file) {
		var path = this.directory.resolve(file.toString());
		try {
			if (!Files.exists(path)) {
				return Optional.empty();
			}
			return Optional.of(Files.readAllBytes(path));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	void delete(UUID file) {
		try {
			Files.deleteIfExists(this.directory.resolve(file.toString()));
		}
		catch (IOException ex) {
			// Left behind: harmless, and the next upload's directory listing does not
			// read it.
		}
	}

}
