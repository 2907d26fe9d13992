package org.plenary.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * The repositories' declared queries ({@code @Query}) are read by Spring Data's plain
 * query enhancer, not its HQL grammar. The enhancer only rewrites a query for a
 * {@code Sort} or a {@code Pageable} argument, or a DTO projection, and no repository
 * method here takes one or returns one: each declared query returns entities or plain
 * values and is run as written (Hibernate still parses and checks it). The HQL grammar
 * (ANTLR) parsed each of the fourteen queries eagerly as its repository was made, most of
 * that step's time at start-up (bench/README, "Start-up").
 */
@Configuration(proxyBeanMethods = false)
class RepositoryQueries {

	static final QueryEnhancerSelector PLAIN = (query) -> QueryEnhancerFactories.fallback();

	@Bean
	static BeanPostProcessor plainQueryEnhancer() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
					repositories.setQueryEnhancerSelectorSource(PLAIN);
				}
				return bean;
			}

		};
	}

}
