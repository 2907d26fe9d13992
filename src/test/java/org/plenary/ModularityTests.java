package org.plenary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of DESIGN.md, each a room with one door: no module reaches into another's
 * internals, and the dependencies follow the declared flow (delegation, process → … with
 * identity beside them, system under all).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PlenaryApplication.class);

	@Test
	void keepsTheModulesApart() {
		modules.verify();
	}

	@Test
	void hasTheModulesOfTheDesign() {
		assertThat(modules.stream().map((m) -> m.getIdentifier().toString())).contains("delegation", "process",
				"identity", "system");
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	/**
	 * The README shows the modules as a Mermaid graph drawn from the real dependencies;
	 * it must not go stale.
	 */
	@Test
	void theReadmeShowsTheModulesAsTheyAre() throws IOException {
		var graph = mermaidGraph();
		Files.writeString(Path.of("target/modules.mmd"), graph);
		assertThat(Files.readString(Path.of("README.md")))
			.as("README.md's module diagram; copy target/modules.mmd into it")
			.contains(graph);
	}

	static String mermaidGraph() {
		var lines = new TreeSet<String>();
		modules.forEach((module) -> module.getDirectDependencies(modules)
			.uniqueModules()
			.forEach((dependency) -> lines
				.add("    %s --> %s".formatted(module.getIdentifier(), dependency.getIdentifier()))));
		return "graph TD\n" + String.join("\n", lines) + "\n";
	}

}
