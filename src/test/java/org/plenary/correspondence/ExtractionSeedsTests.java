package org.plenary.correspondence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on the five seed letters, scored as
 * {@code shared/tools/score_extraction.py} scores it: meeting F1 (a meeting matches on
 * date and start), venue accuracy, letter-date accuracy, sender recall and reference F1.
 * Each must be at least 0.95; the figures are printed.
 */
class ExtractionSeedsTests {

	static final JsonMapper JSON = new JsonMapper();

	static final Set<String> HONORIFICS = Set.of("h", "e", "mr", "ms", "mrs", "dr", "he");

	@Test
	void scoresAtLeastNinetyFivePercentOnEveryMeasureOfTheSeeds() throws IOException {
		var extractor = new LetterExtractor();
		int meetingsTp = 0, meetingsFp = 0, meetingsFn = 0, venuesOk = 0, venues = 0, datesOk = 0, dates = 0;
		int sendersOk = 0, senders = 0, signersOk = 0, signers = 0, refsTp = 0, refsFp = 0, refsFn = 0;
		var seeds = new PathMatchingResourcePatternResolver().getResources("classpath:seeds/*.expected.json");
		assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
		for (var seed : seeds) {
			var expected = JSON.readTree(seed.getInputStream());
			var name = seed.getFilename().replace(".expected.json", "");
			var text = new String(seed.createRelative(name + ".txt").getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			var got = JSON.valueToTree(extractor.extract(text));

			Map<String, JsonNode> wanted = new HashMap<>();
			Set<String> optional = new HashSet<>();
			for (var meeting : expected.get("meetings")) {
				var key = meeting.get("date").asString() + " " + hhmm(meeting.get("start"));
				if (meeting.has("optional") && meeting.get("optional").asBoolean()) {
					optional.add(key);
				}
				else {
					wanted.put(key, meeting);
				}
			}
			var seen = new HashSet<String>();
			for (var meeting : got.get("meetings")) {
				var key = meeting.get("date").asString() + " " + hhmm(meeting.get("start"));
				if (wanted.containsKey(key) && seen.add(key)) {
					meetingsTp++;
					var venue = wanted.get(key).get("venue");
					if (!venue.isNull()) {
						venues++;
						if (venueKey(venue.asString()).equals(venueKey(meeting.get("venue").asString("")))) {
							venuesOk++;
						}
					}
				}
				else if (!optional.contains(key) && !seen.contains(key)) {
					meetingsFp++;
				}
			}
			for (var entry : wanted.entrySet()) {
				if (!seen.contains(entry.getKey())) {
					meetingsFn++;
					if (!entry.getValue().get("venue").isNull()) {
						venues++;
					}
				}
			}
			if (!expected.get("date").isNull()) {
				dates++;
				if (expected.get("date").asString().equals(got.get("date").asString(null))) {
					datesOk++;
				}
			}
			for (var sender : expected.get("senders")) {
				senders++;
				for (var found : got.get("senders")) {
					if (sameName(sender.get("name").asString(), found.get("name").asString())) {
						sendersOk++;
						break;
					}
				}
			}
			for (var found : got.get("senders")) {
				signers++;
				for (var sender : expected.get("senders")) {
					if (sameName(sender.get("name").asString(), found.get("name").asString())) {
						signersOk++;
						break;
					}
				}
			}
			for (var kind : List.of("decisions", "resolutions")) {
				var e = strings(expected.get("references").get(kind));
				var p = strings(got.get("references").get(kind));
				refsTp += (int) e.stream().filter(p::contains).count();
				refsFp += (int) p.stream().filter((x) -> !e.contains(x)).count();
				refsFn += (int) e.stream().filter((x) -> !p.contains(x)).count();
			}
		}
		var meetingsF1 = f1(ratio(meetingsTp, meetingsTp + meetingsFp), ratio(meetingsTp, meetingsTp + meetingsFn));
		var venue = ratio(venuesOk, venues);
		var date = ratio(datesOk, dates);
		var sender = ratio(sendersOk, senders);
		var refsF1 = refsTp + refsFp + refsFn == 0 ? 1.0
				: f1(ratio(refsTp, refsTp + refsFp), ratio(refsTp, refsTp + refsFn));
		System.out.printf(Locale.ROOT, "meetings_f1=%.3f venue=%.3f date=%.3f senders=%.3f refs_f1=%.3f%n", meetingsF1,
				venue, date, sender, refsF1);
		assertThat(meetingsF1).as("meeting F1").isGreaterThanOrEqualTo(0.95);
		assertThat(venue).as("venue accuracy").isGreaterThanOrEqualTo(0.95);
		assertThat(date).as("letter-date accuracy").isGreaterThanOrEqualTo(0.95);
		assertThat(sender).as("sender recall").isGreaterThanOrEqualTo(0.95);
		assertThat(ratio(signersOk, signers)).as("sender precision: no table cell taken for a signer")
			.isGreaterThanOrEqualTo(0.95);
		assertThat(refsF1).as("reference F1").isGreaterThanOrEqualTo(0.95);
	}

	static String hhmm(JsonNode start) {
		if (start == null || start.isNull()) {
			return "null";
		}
		var m = java.util.regex.Pattern.compile("^(\\d{1,2}):?(\\d{2})").matcher(start.asString().trim());
		return m.find() ? "%02d:%s".formatted(Integer.parseInt(m.group(1)), m.group(2)) : start.asString();
	}

	static String venueKey(String venue) {
		var v = fold(venue).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
		v = v.replaceAll("\\bconf(erence)? (room|rm)\\b", "conference room").replaceAll("^(the )", "");
		v = v.replaceAll("\\bchamber\\b", "").trim().replaceAll("\\bcr (\\d+)\\b", "conference room $1");
		return v.replaceAll("\\s+", " ").trim();
	}

	static boolean sameName(String expected, String found) {
		var a = new HashSet<>(List.of(fold(expected).replace(".", " ").split("\\s+")));
		var b = new HashSet<>(List.of(fold(found).replace(".", " ").split("\\s+")));
		a.removeAll(HONORIFICS);
		b.removeAll(HONORIFICS);
		var common = new HashSet<>(a);
		common.retainAll(b);
		return !a.isEmpty() && !b.isEmpty() && (b.containsAll(a) || a.containsAll(b) || common.size() >= 2);
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	static Set<String> strings(JsonNode array) {
		var set = new HashSet<String>();
		array.forEach((node) -> set.add(node.asString()));
		return set;
	}

	static double ratio(int a, int b) {
		return b == 0 ? 0 : (double) a / b;
	}

	static double f1(double precision, double recall) {
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

}
