package org.plenary.correspondence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction is typed (dates, times, a status) but its JSON keeps the shape of
 * {@code seeds/*.expected.json}, which the scoring tool and API clients read: dates as
 * "2018-02-20", times as "10:00", the status as its lower-case word.
 */
class ExtractionJsonTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theJsonOfASeedsExtractionHasTheDatesTimesAndStatusesOfItsExpectedJson() throws IOException {
		var text = new ClassPathResource("seeds/004_262f4ecd4f5a0460.txt").getContentAsString(StandardCharsets.UTF_8);
		var expected = JSON
			.readTree(new ClassPathResource("seeds/004_262f4ecd4f5a0460.expected.json").getInputStream());

		var written = JSON.readTree(JSON.writeValueAsString(new LetterExtractor().extract(text)));

		assertThat(written.get("date")).isEqualTo(expected.get("date"));
		assertThat(written.get("letters")).isEqualTo(expected.get("letters"));
		assertThat(written.get("references").get("letters")).isEqualTo(expected.get("references").get("letters"));
		assertThat(written.get("meetings")).hasSameSizeAs(expected.get("meetings"));
		for (int i = 0; i < expected.get("meetings").size(); i++) {
			var meeting = written.get("meetings").get(i);
			for (var field : List.of("date", "start", "end", "status")) {
				assertThat(meeting.get(field)).as("meeting %d's %s", i, field)
					.isEqualTo(expected.get("meetings").get(i).get(field));
			}
		}
	}

	@Test
	void writesEachStatusAsItsWordAndReadsItBack() {
		var meetings = java.util.Arrays.stream(Extraction.Status.values())
			.map((status) -> new Extraction.Meeting(LocalDate.of(2031, 3, 4), LocalTime.of(10, 0), LocalTime.of(13, 30),
					"Conference Room 4", "informal meeting", null, status))
			.toList();
		var extraction = new Extraction(LocalDate.of(2031, 2, 20), "IGN",
				List.of(new Extraction.Sender("Ana Ruiz", "Co-Chair", "Chile")), null,
				List.of(LocalDate.of(2031, 2, 20), LocalDate.of(2031, 2, 18)), meetings,
				new Extraction.References(List.of("62/557"), List.of(), List.of(LocalDate.of(2031, 1, 9))),
				new Extraction.Rules(3));

		var json = JSON.writeValueAsString(extraction);

		assertThat(json).contains("\"date\":\"2031-02-20\"", "\"letters\":[\"2031-02-20\",\"2031-02-18\"]",
				"\"start\":\"10:00\"", "\"end\":\"13:30\"", "\"status\":\"scheduled\"", "\"status\":\"provisional\"",
				"\"status\":\"postponed\"", "\"status\":\"cancelled\"", "\"status\":\"held\"",
				"\"references\":{\"decisions\":[\"62/557\"],\"resolutions\":[],\"letters\":[\"2031-01-09\"]}",
				"\"intervention_limit_minutes\":3");
		// An import keeps the extraction as this JSON and reads it back for the review.
		assertThat(JSON.readValue(json, Extraction.class)).isEqualTo(extraction);
	}

	@Test
	void readsTheExpectedJsonOfALetterThatCancelsAMeeting() {
		JsonNode meeting = JSON.readTree("""
				{"date": "2015-06-01", "start": "10:00", "end": null, "venue": null, "format": null,
				 "topic": null, "status": "cancelled"}""");
		assertThat(JSON.treeToValue(meeting, Extraction.Meeting.class)).isEqualTo(new Extraction.Meeting(
				LocalDate.of(2015, 6, 1), LocalTime.of(10, 0), null, null, null, null, Extraction.Status.CANCELLED));
	}

}
