package org.plenary.system;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RepositoryQueries} reads declared queries with Spring Data's plain enhancer,
 * which cannot add a {@code Sort} or a {@code Pageable} to a query: no declared query may
 * take one.
 */
class RepositoryQueriesTests {

	@Test
	void noDeclaredQueryTakesASortOrAPage() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		var repositories = scanner.findCandidateComponents("org.plenary");
		var declared = 0;
		var offending = new ArrayList<String>();
		for (var definition : repositories) {
			var type = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
			for (var method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Query.class)) {
					declared++;
					for (var parameter : method.getParameterTypes()) {
						if (Sort.class.isAssignableFrom(parameter) || Pageable.class.isAssignableFrom(parameter)) {
							offending.add(type.getSimpleName() + "." + method.getName());
						}
					}
				}
			}
		}

		assertThat(repositories).as("the repositories are found").hasSizeGreaterThan(10);
		assertThat(declared).as("declared queries are found").isPositive();
		assertThat(offending).as("declared queries taking a Sort or a Pageable need Spring Data's HQL enhancer")
			.isEmpty();
	}

}
