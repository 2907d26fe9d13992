package org.plenary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the configured database (in-memory H2, or PostgreSQL when
 * SPRING_DATASOURCE_URL says so), with MockMvc. Every integration test uses this same
 * configuration so that Spring starts one context for all of them. Tests give their
 * records fresh names: the database outlives a single test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface PlenaryIntegrationTest {

}
