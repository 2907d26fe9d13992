package org.plenary.system;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plenary as it starts outside the tests: with lazy initialization, only what the start
 * needs made before readiness, the rest by the warm-up after it. (The other tests make
 * every bean first.)
 */
@SpringBootTest(properties = "spring.main.lazy-initialization=true")
@AutoConfigureMockMvc
class LazyStartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WarmUp warmUp;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void servesTheDemoProgrammeOnceReadyAndMakesEveryOtherBeanAfterReadiness() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/processes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Intergovernmental Negotiations on Security Council reform")));

		var outcome = this.warmUp.awaitEnd(2, TimeUnit.MINUTES);
		assertThat(outcome.failed()).isEmpty();
		// Some beans were left for after readiness: the start was lazy.
		assertThat(outcome.made()).isNotEmpty();
		// Never a bean declared as a listener, which the events' multicaster makes by its
		// name: made by the warm-up while an event was published, such a listener
		// deadlocked them both.
		var beans = this.context.getBeanFactory();
		assertThat(outcome.made())
			.filteredOn((name) -> ApplicationListener.class
				.isAssignableFrom(beans.getMergedBeanDefinition(name).getResolvableType().toClass()))
			.isEmpty();
		assertThat(beans.getBeanDefinitionNames()).allSatisfy((name) -> {
			var definition = beans.getMergedBeanDefinition(name);
			if (definition.isSingleton() && !definition.isAbstract()) {
				assertThat(beans.containsSingleton(name)).as(name).isTrue();
			}
		});
	}

}
