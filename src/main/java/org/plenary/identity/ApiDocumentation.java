package org.plenary.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the API signs in with HTTP Basic, and
 * the {@link Actor} that controllers receive is who sends the request, not something the
 * request carries.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI plenaryApi() {
		return new OpenAPI()
			.info(new Info().title("Plenary API")
				.description("The register, processes and sessions of the General Assembly's intergovernmental "
						+ "negotiations. Reads are public; writes sign in with HTTP Basic. Refusals are RFC 9457 "
						+ "problem details.")
				.version("0.1"))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
