package org.plenary.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTests {

	@TempDir
	Path folder;

	@Test
	void writesOneJsonFilePerLetterAndReportsTheFilesItCannotRead() throws IOException {
		var seed = this.folder.resolve("004.txt");
		Files.write(seed, new ClassPathResource("seeds/004_262f4ecd4f5a0460.txt").getInputStream().readAllBytes());
		var empty = Files.writeString(this.folder.resolve("empty.txt"), "");
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();

		int status = ExtractCommand.run(
				List.of("--out", this.folder.resolve("json").toString(), seed.toString(), empty.toString()),
				new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt: The file is empty.");
		var json = Files.readString(this.folder.resolve("json/004.json"));
		assertThat(json).contains("\"date\" : \"2018-02-15\"").contains("\"intervention_limit_minutes\" : 3");
	}

	@Test
	void printsTheJsonOfEachFileWithoutAnOutputFolder() throws IOException {
		var seed = this.folder.resolve("001.txt");
		Files.write(seed, new ClassPathResource("seeds/001_cfcaa1c9d0e21b1b.txt").getInputStream().readAllBytes());
		var out = new ByteArrayOutputStream();
		int status = ExtractCommand.run(List.of(seed.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"Sylvie Lucas\"").contains("\"69/560\"");
	}

}
